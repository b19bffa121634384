// The URLs an HTML page refers to, read from its parsed document: links, subresources, frames, CSS
// url()s, a meta refresh, and this site's absolute URLs shown as text (snippets and citations).
import { JSDOM } from 'jsdom';

/** `link` relations that make a browser fetch the URL. */
const LOADING_RELS = new Set([
	'stylesheet',
	'icon',
	'shortcut',
	'apple-touch-icon',
	'apple-touch-icon-precomposed',
	'mask-icon',
	'manifest',
	'preload',
	'modulepreload',
	'prefetch',
	'preconnect',
	'dns-prefetch',
	'prerender'
]);

/** `link` relations that point at another page. */
const PAGE_RELS = new Set([
	'alternate',
	'canonical',
	'next',
	'prev',
	'up',
	'home',
	'first',
	'last'
]);

/** The URLs inside CSS text: `url(…)` and `@import "…"`. */
export function cssURLs(css: string): string[] {
	const out: string[] = [];
	const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
	for (const m of text.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gi)) {
		out.push(m[1] ?? m[2] ?? m[3] ?? '');
	}
	for (const m of text.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi))
		out.push(m[1] ?? m[2] ?? '');
	return out.filter((u) => u.trim() !== '');
}

/** The URLs of a `srcset` attribute. */
function srcsetURLs(srcset: string): string[] {
	return srcset
		.split(',')
		.map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
		.filter((u) => u !== '');
}

/** Parses HTML as a browser would without running scripts (so `<noscript>` content counts). */
export function parseHTML(html: string, url: string): Document {
	return new JSDOM(html, { url }).window.document;
}

/** A URL as a page writes it, before it is resolved. */
export interface Written {
	/** How: `a[href]`, `link[rel=stylesheet]`, `style url()`, `snippet iframe (text)`, … */
	via: string;
	href: string;
	/** A link to a page (a, area, iframe, meta refresh, snippet URL), not a subresource. */
	navigable?: boolean;
	/** Makes the browser fetch it when the page loads. */
	loads?: boolean;
	/** An `a[download]`: fetched and checked, but not parsed as a page. */
	download?: boolean;
}

/**
 * Every URL a page refers to, in document order of each kind, and where its meta refresh (if any)
 * sends the reader. With `siteOrigin`, the site's absolute URLs shown as text in `<pre>`s too.
 */
export function pageReferences(
	document: Document,
	siteOrigin?: string
): { written: Written[]; refresh?: string } {
	const written: Written[] = [];
	let refresh: string | undefined;
	const add = (via: string, href: string | null, flags: Omit<Written, 'via' | 'href'> = {}) => {
		if (href !== null) written.push({ via, href, ...flags });
	};
	for (const a of document.querySelectorAll('a[href], area[href]')) {
		const download = a.hasAttribute('download');
		add(`${a.localName}[href]${download ? '[download]' : ''}`, a.getAttribute('href'), {
			navigable: true,
			download
		});
	}
	for (const link of document.querySelectorAll('link[href]')) {
		const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
		const loads = rels.some((rel) => LOADING_RELS.has(rel));
		// Other language versions, the canonical page and the like are pages to crawl too.
		const navigable = rels.some((rel) => PAGE_RELS.has(rel));
		add(`link[rel=${rels.join(' ')}]`, link.getAttribute('href'), { loads, navigable });
	}
	for (const el of document.querySelectorAll('script[src]')) {
		add('script[src]', el.getAttribute('src'), { loads: true });
	}
	for (const el of document.querySelectorAll('img[src], source[src], video[src], audio[src]')) {
		add(`${el.localName}[src]`, el.getAttribute('src'), { loads: true });
	}
	for (const el of document.querySelectorAll('video[poster]')) {
		add('video[poster]', el.getAttribute('poster'), { loads: true });
	}
	for (const el of document.querySelectorAll('img[srcset], source[srcset]')) {
		for (const src of srcsetURLs(el.getAttribute('srcset') ?? '')) {
			add(`${el.localName}[srcset]`, src, { loads: true });
		}
	}
	for (const el of document.querySelectorAll('iframe[src], frame[src]')) {
		add(`${el.localName}[src]`, el.getAttribute('src'), { navigable: true, loads: true });
	}
	for (const el of document.querySelectorAll('object[data], embed[src]')) {
		add(el.localName, el.getAttribute('data') ?? el.getAttribute('src'), { loads: true });
	}
	for (const el of document.querySelectorAll('image, use, feImage')) {
		const href = el.getAttribute('href') ?? el.getAttribute('xlink:href');
		if (href && !href.startsWith('#')) add(`svg ${el.localName}[href]`, href, { loads: true });
	}
	for (const el of document.querySelectorAll('form[action]')) {
		add('form[action]', el.getAttribute('action'), { navigable: true });
	}
	for (const meta of document.querySelectorAll('meta[http-equiv]')) {
		if (meta.getAttribute('http-equiv')?.toLowerCase() !== 'refresh') continue;
		const target = /url\s*=\s*['"]?([^'"]+)/i.exec(meta.getAttribute('content') ?? '')?.[1];
		if (!target) continue;
		add('meta[http-equiv=refresh]', target, { navigable: true });
		refresh = new URL(target, document.baseURI).href;
	}
	for (const style of document.querySelectorAll('style')) {
		for (const u of cssURLs(style.textContent ?? '')) add('style url()', u, { loads: true });
	}
	for (const el of document.querySelectorAll('[style]')) {
		for (const u of cssURLs(el.getAttribute('style') ?? '')) {
			add('[style] url()', u, { loads: true });
		}
	}
	if (siteOrigin) written.push(...siteURLsInText(document, siteOrigin));
	return { written, refresh };
}

/** Snippets and citations show this site's absolute URLs as text: they are checked too. */
export function siteURLsInText(document: Document, siteOrigin: string): Written[] {
	const escaped = siteOrigin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const pattern = new RegExp(`${escaped}(?:/[^\\s"'<>()\\]\\[{}\`]*)?`, 'g');
	const written: Written[] = [];
	for (const pre of document.querySelectorAll('pre')) {
		const name = pre.hasAttribute('data-snippet')
			? `snippet ${pre.getAttribute('data-snippet')}`
			: pre.hasAttribute('data-citation')
				? `citation ${pre.getAttribute('data-citation')}`
				: 'pre';
		for (const m of (pre.textContent ?? '').matchAll(pattern)) {
			written.push({ via: `${name} (text)`, href: m[0].replace(/[.,;:]+$/, ''), navigable: true });
		}
	}
	return written;
}

/**
 * The embed pages an iframe snippet (`pre[data-snippet="iframe"]`) shows, with the colour scheme
 * each `/light` or `/dark` variant forces, and the site origin the snippet's URL is on.
 */
export function snippetEmbeds(
	document: Document
): { url: URL; scheme: 'light' | 'dark' | undefined }[] {
	const out: { url: URL; scheme: 'light' | 'dark' | undefined }[] = [];
	for (const pre of document.querySelectorAll('pre[data-snippet="iframe"]')) {
		const src = /\bsrc="([^"]+)"/.exec(pre.textContent ?? '')?.[1];
		if (!src) continue;
		let url: URL;
		try {
			url = new URL(src);
		} catch {
			continue;
		}
		const path = url.pathname.replace(/\/+$/, '');
		for (const [variant, scheme] of [
			[path, undefined],
			[`${path}/light`, 'light'],
			[`${path}/dark`, 'dark']
		] as const) {
			out.push({ url: new URL(variant, url.origin), scheme });
		}
	}
	return out;
}
