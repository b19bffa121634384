// A crawler for the built site on the test server, and the checks that read its result. It
// hard-codes no page list. It starts from `/`, `/404`, an address that exists nowhere and the
// sitemaps (robots.txt, /sitemap.xml) if the site has any; follows every same-origin link; fetches
// every resource a page refers to (links, scripts, styles, images, frames, and the url()s inside
// CSS); and finds the embed pages, which no page links to, through the iframe snippet that chart
// pages show as text (`pre[data-snippet="iframe"]`), with their `/light` and `/dark` variants.
// Last, every HTML file of the build folder that no link led to is crawled too, so a page that
// nothing links to is still checked (and reported as such). URLs on the build's configured site
// origin (read from that snippet) are fetched from the test server instead, so canonical links,
// oEmbed links and snippets are checked too. Each URL is fetched once, a few at a time.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';

/** Where a page refers to a URL. */
export interface Reference {
	/** The page (or stylesheet, or robots.txt) that refers to it. */
	from: string;
	/** How: `a[href]`, `link[rel=stylesheet]`, `css url()`, `snippet iframe[src]`, … */
	via: string;
	/** The URL as written. */
	href: string;
	/**
	 * The absolute URL without its fragment; for a URL on the build's site origin, the same path
	 * on the test server. Empty for schemes that are not fetched (mailto:, data:, …).
	 */
	url: string;
	/** The fragment without `#`, or ''. */
	hash: string;
	/** On the test server's origin (or the build's site origin, mapped to it). */
	internal: boolean;
	/** A link to a page (a, area, iframe, meta refresh, snippet iframe), not a subresource. */
	navigable: boolean;
	/** Makes the browser fetch it when the page loads (scripts, styles, images, frames, preloads). */
	loads: boolean;
	/** An `a[download]`: fetched and checked, but not parsed as a page. */
	download: boolean;
}

/** One fetched URL, with the redirects followed to reach an answer. */
export interface Fetched {
	url: string;
	/** Each hop: the URL asked for and its status, ending with the final answer. */
	hops: { url: string; status: number }[];
	/** The final status (0 when the request failed or redirected too often / off the site). */
	status: number;
	finalURL: string;
	contentType: string;
	body: Buffer;
	/** Why there is no answer, when there is none. */
	error?: string;
}

/** What kind of HTML page a crawled page is. */
export type PageKind = 'page' | 'embed' | 'not-found';

/** How the crawl first came to a page. */
export type FoundVia = 'start' | 'link' | 'snippet' | 'sitemap' | 'build';

/** An HTML page of the site. */
export interface CrawledPage {
	/** The absolute URL on the test server. */
	url: string;
	pathname: string;
	kind: PageKind;
	foundVia: FoundVia;
	status: number;
	html: string;
	/** The parsed page (jsdom, no scripts run, no resources loaded). */
	document: Document;
	/** Every URL the page refers to. */
	references: Reference[];
	/** The ids (and `a[name]`s) a fragment link may point at. */
	ids: Set<string>;
	/** Where a `<meta http-equiv="refresh">` sends the reader at once, if the page has one. */
	refresh?: string;
	/** The colour scheme an embed variant (`…/light`, `…/dark`) forces, whatever the reader's. */
	forcedScheme?: 'light' | 'dark';
	/** Its stylesheets: pages with the same key are styled by the same CSS. */
	styleKey: string;
	/** Its element structure without text: pages with the same key differ in words alone. */
	structureKey: string;
	/** Its controls and styles: pages with the same key work alike for a keyboard user. */
	controlsKey: string;
}

/** Everything the crawl found. */
export interface SiteCrawl {
	/** The test server's origin. */
	origin: string;
	/** The site origin the build was configured with, read from an iframe snippet. */
	siteOrigin: string | undefined;
	/** HTML pages, by path. */
	pages: CrawledPage[];
	/** Every fetched URL (pages and resources), keyed by URL without fragment. */
	fetched: Map<string, Fetched>;
	/** Every reference of every page, and of every linked stylesheet. */
	references: Reference[];
	/** The address that exists nowhere, crawled to check the 404 page at depth. */
	unknownURL: string;
	/** True when the page cap was reached before the crawl ended. */
	truncated: boolean;
}

/** The path of an address that exists nowhere, two levels deep so relative URLs would break. */
export const UNKNOWN_PATH = '/__derek-crawl__/no/such-page';

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

const HTML_TYPE = /^(text\/html|application\/xhtml\+xml)\b/i;
const CSS_TYPE = /^text\/css\b/i;
const XML_TYPE = /^(application|text)\/xml\b/i;

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

/** A short, stable hash of a text (FNV-1a), for grouping pages. */
export function hashText(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0).toString(36);
}

/**
 * What styles a page: its linked stylesheets, its `<style>` elements and any inline style
 * attribute that declares motion. Two pages with the same key get the same CSS rules.
 */
export function styleKey(document: Document): string {
	const links = [...document.querySelectorAll('link[href]')]
		.filter((l) => /(^|\s)stylesheet(\s|$)/i.test(l.getAttribute('rel') ?? ''))
		.map((l) => `${l.getAttribute('href')} ${l.getAttribute('media') ?? ''}`);
	const styles = [...document.querySelectorAll('style')].map((s) => hashText(s.textContent ?? ''));
	const motion = [...document.querySelectorAll('[style]')]
		.map((el) => el.getAttribute('style') ?? '')
		.filter((s) => /transition|animation|scroll-behavior/i.test(s));
	return hashText(JSON.stringify([links, styles, [...new Set(motion)].sort()]));
}

/** Attributes whose values shape what a page looks like or how it behaves, not what it says. */
const STRUCTURAL_ATTRIBUTES =
	/^(class|role|tabindex|type|disabled|hidden|inert|open|contenteditable|data-theme|data-variant|rel)$/i;

/**
 * The page's element tree with the words left out: tag names, attribute names, and the values of
 * the attributes that shape look and behaviour. The same page in another language, or the same
 * template with other words, has the same key.
 */
export function structureKey(document: Document): string {
	const parts: string[] = [];
	const walk = (el: Element, depth: number) => {
		const attrs = [...el.attributes]
			.filter((a) => !/^(href|src|srcset|content|lang|hreflang|alt|title|id)$|^aria-/i.test(a.name))
			.map((a) => (STRUCTURAL_ATTRIBUTES.test(a.name) ? `${a.name}=${a.value}` : a.name))
			.sort();
		parts.push(`${depth} ${el.localName} ${attrs.join(' ')}`);
		for (const child of el.children) walk(child, depth + 1);
	};
	const root = document.documentElement;
	parts.push(`html data-theme=${root.getAttribute('data-theme')} class=${root.className}`);
	if (document.body) walk(document.body, 0);
	return hashText(parts.join('\n'));
}

/** What a keyboard user can reach: links, buttons, fields, summaries and focusable elements. */
export const CONTROLS =
	'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, ' +
	'audio[controls], video[controls], [contenteditable], [tabindex], [role="button"], [role="link"]';

/**
 * The page's controls, each with the path of tags and classes that leads to it and the attributes
 * that decide how it behaves, and its stylesheets and colour theme: pages with the same key offer
 * a keyboard user the same things, styled the same way, in other words.
 */
export function controlsKey(document: Document): string {
	const parts = [
		styleKey(document),
		`theme=${document.documentElement.getAttribute('data-theme')}`
	];
	for (const el of document.querySelectorAll(CONTROLS)) {
		const chain: string[] = [];
		for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) {
			chain.push(`${e.localName}.${e.getAttribute('class') ?? ''}`);
		}
		const attrs = ['type', 'role', 'tabindex', 'disabled', 'target']
			.map((a) => `${a}=${el.getAttribute(a) ?? ''}`)
			.concat(el.hasAttribute('download') ? ['download'] : [])
			.join(' ');
		parts.push(`${chain.reverse().join('>')} ${attrs}`);
	}
	return hashText(parts.join('\n'));
}

/** The site paths of the HTML files of an adapter-static build folder (`en/article.html` → `/en/article`). */
export function builtPagePaths(dir: string): string[] {
	const out: string[] = [];
	const walk = (sub: string) => {
		for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
			const rel = sub ? `${sub}/${entry.name}` : entry.name;
			if (entry.isDirectory()) {
				if (!entry.name.startsWith('_') && !entry.name.startsWith('.')) walk(rel);
			} else if (entry.name.endsWith('.html')) {
				out.push(`/${rel.replace(/\.html$/, '').replace(/(^|\/)index$/, '')}`);
			}
		}
	};
	walk('');
	return out.sort();
}

export interface CrawlOptions {
	/** At most this many HTML pages (default 400). */
	maxPages?: number;
	/** Per request, in ms (default 15 s). */
	timeout?: number;
	/** Requests in flight at once (default 8). */
	concurrency?: number;
	/**
	 * Site paths known to exist (e.g. from `builtPagePaths`): crawled after everything links lead
	 * to, so that a page no link reaches is checked too.
	 */
	knownPaths?: string[];
}

/** Crawls the site served at `base` (e.g. the test server's `http://localhost:1234/`). */
export async function crawlSite(base: string, options: CrawlOptions = {}): Promise<SiteCrawl> {
	const { maxPages = 400, timeout = 15_000, concurrency = 8, knownPaths = [] } = options;
	const origin = new URL(base).origin;
	const unknownURL = new URL(UNKNOWN_PATH, origin).href;
	const fetched = new Map<string, Promise<Fetched>>();
	const results = new Map<string, Fetched>();
	const pages = new Map<string, CrawledPage>();
	const references: Reference[] = [];
	let siteOrigin: string | undefined;
	let truncated = false;
	/** Pages parsed before the site origin was known, to read again once it is. */
	const parsedWithoutSiteOrigin: CrawledPage[] = [];
	type Job = { url: string; asPage: boolean; kind: PageKind | 'sitemap'; via: FoundVia };
	/** URLs waiting to be fetched, with whether to parse them as a page and as which kind. */
	const queue: Job[] = [];
	const queued = new Set<string>();
	/** `from via href` of every reference recorded, so reading a page again adds only new ones. */
	const referred = new Set<string>();
	const embedURLs = new Set<string>();
	/** The `/light` and `/dark` variants of embeds, with the scheme each forces. */
	const forced = new Map<string, 'light' | 'dark'>();

	const enqueue = (url: string, asPage: boolean, kind: Job['kind'], via: FoundVia) => {
		const key = `${asPage ? 'page' : 'resource'} ${url}`;
		if (queued.has(key)) return;
		queued.add(key);
		queue.push({ url, asPage, kind, via });
	};

	/** Resolves `href` against `baseURL`: [url to fetch, fragment, internal]. */
	const resolve = (href: string, baseURL: string): [string, string, boolean] | null => {
		let u: URL;
		try {
			u = new URL(href.trim(), baseURL);
		} catch {
			return [href, '', false];
		}
		if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
		let hash = u.hash.replace(/^#/, '');
		try {
			hash = decodeURIComponent(hash);
		} catch {
			// keep it as written
		}
		u.hash = '';
		if (u.origin === origin) return [u.href, hash, true];
		if (siteOrigin && u.origin === siteOrigin) {
			return [new URL(u.pathname + u.search, origin).href, hash, true];
		}
		return [u.href, hash, false];
	};

	/** Records a reference of `page` (once) and queues its URL. */
	const refer = (
		page: CrawledPage | null,
		from: string,
		baseURL: string,
		via: string,
		href: string,
		flags: {
			navigable?: boolean;
			loads?: boolean;
			download?: boolean;
			/** A sitemap index's <loc>, itself a sitemap. */
			sitemap?: boolean;
			/** How the crawl came to the URL, when not by a link. */
			found?: FoundVia;
		} = {}
	) => {
		if (href.trim() === '' && via !== 'a[href]') return;
		const key = `${from} ${via} ${href}`;
		if (referred.has(key)) return;
		referred.add(key);
		const resolved = resolve(href, baseURL);
		const [url, hash, internal] = resolved ?? ['', '', false];
		const reference: Reference = {
			from,
			via,
			href,
			url,
			hash,
			internal,
			navigable: flags.navigable ?? false,
			loads: flags.loads ?? false,
			download: flags.download ?? false
		};
		page?.references.push(reference);
		references.push(reference);
		if (!resolved || !internal) return;
		if (flags.sitemap) enqueue(url, false, 'sitemap', 'sitemap');
		else enqueue(url, reference.navigable && !reference.download, 'page', flags.found ?? 'link');
	};

	/** Reads the site origin and embed addresses from the page's iframe snippets. */
	const readSnippets = (document: Document) => {
		for (const pre of document.querySelectorAll('pre[data-snippet="iframe"]')) {
			const src = /\bsrc="([^"]+)"/.exec(pre.textContent ?? '')?.[1];
			if (!src) continue;
			let url: URL;
			try {
				url = new URL(src);
			} catch {
				continue;
			}
			siteOrigin ??= url.origin;
			const variantPath = url.pathname.replace(/\/+$/, '');
			for (const [variant, scheme] of [
				[variantPath, undefined],
				[`${variantPath}/light`, 'light'],
				[`${variantPath}/dark`, 'dark']
			] as const) {
				const embed = new URL(variant, origin).href;
				embedURLs.add(embed);
				if (scheme) forced.set(embed, scheme);
				enqueue(embed, true, 'embed', 'snippet');
			}
		}
	};

	/** Records every URL a page refers to. */
	const extract = (page: CrawledPage) => {
		const { document, url } = page;
		const baseURL = document.baseURI || url;
		const add = (via: string, href: string | null, flags?: Parameters<typeof refer>[5]) => {
			if (href !== null) refer(page, url, baseURL, via, href, flags);
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
			page.refresh = new URL(target, baseURL).href;
		}
		for (const style of document.querySelectorAll('style')) {
			for (const u of cssURLs(style.textContent ?? '')) add('style url()', u, { loads: true });
		}
		for (const el of document.querySelectorAll('[style]')) {
			for (const u of cssURLs(el.getAttribute('style') ?? '')) {
				add('[style] url()', u, { loads: true });
			}
		}
		// Snippets and citations show this site's absolute URLs as text: check them too.
		if (siteOrigin) {
			const escaped = siteOrigin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
			const pattern = new RegExp(`${escaped}(?:/[^\\s"'<>()\\]\\[{}\`]*)?`, 'g');
			for (const pre of document.querySelectorAll('pre')) {
				const name = pre.hasAttribute('data-snippet')
					? `snippet ${pre.getAttribute('data-snippet')}`
					: pre.hasAttribute('data-citation')
						? `citation ${pre.getAttribute('data-citation')}`
						: 'pre';
				for (const m of (pre.textContent ?? '').matchAll(pattern)) {
					add(`${name} (text)`, m[0].replace(/[.,;:]+$/, ''), { navigable: true });
				}
			}
		}
	};

	const get = async (url: string): Promise<Fetched> => {
		const hops: Fetched['hops'] = [];
		let current = url;
		const fail = (error: string): Fetched => ({
			url,
			hops,
			status: 0,
			finalURL: current,
			contentType: '',
			body: Buffer.alloc(0),
			error
		});
		for (let hop = 0; hop < 6; hop++) {
			let response: Response;
			try {
				response = await fetch(current, {
					redirect: 'manual',
					signal: AbortSignal.timeout(timeout)
				});
			} catch (error) {
				return fail(`request failed: ${(error as Error).message}`);
			}
			hops.push({ url: current, status: response.status });
			const location = response.headers.get('location');
			if (response.status >= 300 && response.status < 400 && location) {
				await response.arrayBuffer().catch(() => undefined);
				const next = new URL(location, current);
				if (next.origin !== origin) return fail(`redirects off the site, to ${next.href}`);
				current = next.href;
				continue;
			}
			return {
				url,
				hops,
				status: response.status,
				finalURL: current,
				contentType: response.headers.get('content-type') ?? '',
				body: Buffer.from(await response.arrayBuffer())
			};
		}
		return fail('more than 5 redirects');
	};

	/** Fetches a URL once, however many pages refer to it. */
	const fetchOnce = (url: string): Promise<Fetched> => {
		let known = fetched.get(url);
		if (!known) {
			known = get(url).then((result) => {
				results.set(url, result);
				return result;
			});
			fetched.set(url, known);
		}
		return known;
	};

	const process = async ({ url, asPage, kind, via }: Job) => {
		const result = await fetchOnce(url);
		const ok = result.status >= 200 && result.status < 300;
		if (kind === 'sitemap') {
			if (ok && XML_TYPE.test(result.contentType)) {
				const xml = result.body.toString('utf8');
				for (const m of xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)) {
					const loc = m[1]!.replace(/&amp;/g, '&');
					const nested = /<sitemapindex\b/.test(xml);
					refer(null, url, result.finalURL, 'sitemap <loc>', loc, {
						navigable: !nested,
						sitemap: nested,
						found: 'sitemap'
					});
				}
			}
			return;
		}
		// A page is parsed once, under the URL it ends at; a broken link's error page is not a
		// page of the site (the links test reports it), but the unknown address's 404 page is.
		const answered = kind === 'not-found' || ok;
		const html = HTML_TYPE.test(result.contentType);
		if (!asPage || !answered || !html || pages.has(result.finalURL)) {
			if (CSS_TYPE.test(result.contentType) && !queued.has(`css ${url}`)) {
				queued.add(`css ${url}`);
				for (const u of cssURLs(result.body.toString('utf8'))) {
					refer(null, url, result.finalURL, 'css url()', u, { loads: true });
				}
			}
			return;
		}
		if (pages.size >= maxPages) {
			truncated = true;
			return;
		}
		const text = result.body.toString('utf8');
		const document = parseHTML(text, result.finalURL);
		const ids = new Set<string>();
		for (const el of document.querySelectorAll('[id]')) ids.add(el.id);
		for (const el of document.querySelectorAll('a[name]')) ids.add(el.getAttribute('name')!);
		const page: CrawledPage = {
			url: result.finalURL,
			pathname: new URL(result.finalURL).pathname,
			kind: embedURLs.has(url) ? 'embed' : kind,
			foundVia: via,
			status: result.status,
			html: text,
			document,
			references: [],
			ids,
			styleKey: styleKey(document),
			structureKey: structureKey(document),
			controlsKey: controlsKey(document)
		};
		pages.set(page.url, page);
		readSnippets(document);
		extract(page);
		if (!siteOrigin) parsedWithoutSiteOrigin.push(page);
	};

	/** Works through the queue, `concurrency` URLs at a time, until it is empty. */
	const drain = async () => {
		const active = new Set<Promise<void>>();
		while (queue.length > 0 || active.size > 0) {
			while (queue.length > 0 && active.size < concurrency) {
				const job = queue.shift()!;
				const done: Promise<void> = process(job).finally(() => active.delete(done));
				active.add(done);
			}
			await Promise.race(active);
		}
	};

	for (const start of ['/', '/404']) enqueue(new URL(start, origin).href, true, 'page', 'start');
	enqueue(unknownURL, true, 'not-found', 'start');
	enqueue(new URL('/sitemap.xml', origin).href, false, 'sitemap', 'sitemap');
	const robots = await fetchOnce(new URL('/robots.txt', origin).href);
	if (robots.status === 200) {
		for (const m of robots.body.toString('utf8').matchAll(/^\s*sitemap:\s*(\S+)/gim)) {
			refer(null, robots.url, robots.finalURL, 'robots.txt Sitemap:', m[1]!, { sitemap: true });
		}
	}

	let knownQueued = false;
	for (;;) {
		await drain();
		// Pages read before an iframe snippet told the site origin may show URLs on it: read them
		// again for those alone.
		if (siteOrigin && parsedWithoutSiteOrigin.length > 0) {
			for (const page of parsedWithoutSiteOrigin.splice(0)) extract(page);
			continue;
		}
		// Then the pages the build holds that nothing led to.
		if (!knownQueued) {
			knownQueued = true;
			for (const known of knownPaths) enqueue(new URL(known, origin).href, true, 'page', 'build');
			continue;
		}
		break;
	}
	for (const page of pages.values()) {
		if (embedURLs.has(page.url)) page.kind = 'embed';
		page.forcedScheme = forced.get(page.url);
	}
	const order = (p: CrawledPage) => `${p.kind === 'not-found' ? 1 : 0} ${p.pathname}`;

	return {
		origin,
		siteOrigin,
		pages: [...pages.values()].sort((a, b) => (order(a) < order(b) ? -1 : 1)),
		fetched: results,
		references,
		unknownURL,
		truncated
	};
}

/** `path (kind)` for messages and test names. */
export function describePage(page: CrawledPage): string {
	const notes = [
		page.kind === 'page' ? '' : page.kind,
		page.refresh ? `redirects to ${new URL(page.refresh).pathname}` : ''
	].filter(Boolean);
	return notes.length ? `${page.pathname} (${notes.join(', ')})` : page.pathname;
}

/**
 * The pages a reader reads: not those that only send the reader on with a meta refresh (their
 * targets are crawled as pages of their own, and their links are checked).
 */
export function readablePages(site: SiteCrawl): CrawledPage[] {
	return site.pages.filter((page) => !page.refresh);
}

/** One page for each value of `key`, with the pages it stands for. */
export function representatives(
	pages: CrawledPage[],
	key: (page: CrawledPage) => string
): { page: CrawledPage; standsFor: CrawledPage[] }[] {
	const groups = new Map<string, CrawledPage[]>();
	for (const page of pages) {
		const k = key(page);
		groups.set(k, [...(groups.get(k) ?? []), page]);
	}
	return [...groups.values()].map((group) => ({ page: group[0]!, standsFor: group }));
}

const ok = (f: Fetched | undefined) => f !== undefined && f.status >= 200 && f.status < 300;

/** How a fetch ended: `404 /x`, `301 /a → 200 /b`, or why it failed. */
export function answer(f: Fetched | undefined): string {
	if (!f) return 'never fetched';
	const hops = f.hops.map((hop) => `${hop.status} ${new URL(hop.url).pathname}`).join(' → ');
	return f.error ? `${hops ? `${hops} → ` : ''}${f.error}` : hops;
}

/**
 * Every internal URL a page, stylesheet or sitemap refers to that does not answer 2xx: one entry
 * per URL, `URL → answer`, with where each reference is (`page (via "href")`).
 */
export function brokenReferences(site: SiteCrawl): string[] {
	const broken = new Map<string, Set<string>>();
	for (const ref of site.references) {
		if (!ref.internal) continue;
		const fetched = site.fetched.get(ref.url);
		if (ok(fetched)) continue;
		const key = `${ref.url} → ${answer(fetched)}`;
		if (!broken.has(key)) broken.set(key, new Set());
		broken.get(key)!.add(`${new URL(ref.from).pathname} (${ref.via} "${ref.href}")`);
	}
	return [...broken].map(([url, from]) => `${url}\n    from ${[...from].join('\n    from ')}`);
}

/** Every `#fragment` of an internal link that names no element of the page it points to. */
export function missingFragments(site: SiteCrawl): string[] {
	const byURL = new Map(site.pages.map((p) => [p.url, p]));
	const missing = new Set<string>();
	for (const ref of site.references) {
		if (!ref.internal || !ref.hash || !ref.navigable) continue;
		const fetched = site.fetched.get(ref.url);
		const target = byURL.get(ref.url) ?? byURL.get(fetched?.finalURL ?? '');
		if (!target) continue; // not an HTML page: nothing to point into
		if (ref.hash !== 'top' && !target.ids.has(ref.hash)) {
			missing.add(`${new URL(ref.from).pathname}: ${ref.via} "${ref.href}" (no id="${ref.hash}")`);
		}
	}
	return [...missing];
}

/** Every resource on another origin that a page or stylesheet makes the browser load. */
export function offsiteLoads(site: SiteCrawl): string[] {
	const offsite = site.references
		.filter((r) => r.loads && !r.internal && r.url !== '')
		.map((r) => `${new URL(r.from).pathname}: ${r.via} "${r.href}"`);
	return [...new Set(offsite)];
}

/** Inline event handlers (`on…=`) and `javascript:` URLs in a page's HTML. */
export function inlineScript(document: Document): string[] {
	const found: string[] = [];
	for (const el of document.querySelectorAll('*')) {
		for (const attr of el.attributes) {
			if (/^on/i.test(attr.name)) found.push(`<${el.localName} ${attr.name}="${attr.value}">`);
			if (/^(href|src|action|formaction|data|xlink:href)$/i.test(attr.name)) {
				if (/^\s*javascript:/i.test(attr.value)) {
					found.push(`<${el.localName} ${attr.name}="${attr.value}">`);
				}
			}
		}
	}
	return found;
}
