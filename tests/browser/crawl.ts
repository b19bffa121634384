// A crawler for the built site on the test server. It hard-codes no page list: it starts from `/`,
// `/404` and an address that exists nowhere, follows every same-origin link, fetches every
// resource a page refers to (links, scripts, styles, images, frames, and the url()s inside linked
// CSS), and finds the embed pages, which no page links to, through the iframe snippet that every
// chart page shows as text (`pre[data-snippet="iframe"]`), with their `/light` and `/dark` variants.
// URLs on the build's configured site origin (DEREK_SITE_URL, read from that snippet) are fetched
// from the test server instead, so canonical links, oEmbed links and snippets are checked too.
import { JSDOM } from 'jsdom';

/** Where a page refers to a URL. */
export interface Reference {
	/** The page that refers to it. */
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

/** An HTML page of the site. */
export interface CrawledPage {
	/** The absolute URL on the test server. */
	url: string;
	pathname: string;
	kind: PageKind;
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
}

/** Everything the crawl found. */
export interface SiteCrawl {
	/** The test server's origin. */
	origin: string;
	/** The site origin the build was configured with, read from an iframe snippet. */
	siteOrigin: string | undefined;
	/** HTML pages, in the order found. */
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

/** Parses HTML as a browser would without running scripts. */
export function parseHTML(html: string, url: string): Document {
	return new JSDOM(html, { url }).window.document;
}

interface CrawlOptions {
	/** At most this many HTML pages (default 400). */
	maxPages?: number;
	/** Per request, in ms (default 15 s). */
	timeout?: number;
}

/** Crawls the site served at `base` (e.g. the test server's `http://localhost:1234/`). */
export async function crawlSite(base: string, options: CrawlOptions = {}): Promise<SiteCrawl> {
	const { maxPages = 400, timeout = 15_000 } = options;
	const origin = new URL(base).origin;
	const unknownURL = new URL(UNKNOWN_PATH, origin).href;
	const fetched = new Map<string, Fetched>();
	const pages = new Map<string, CrawledPage>();
	const references: Reference[] = [];
	let siteOrigin: string | undefined;
	let truncated = false;
	/** Pages parsed before the site origin was known, to read again once it is. */
	const parsedWithoutSiteOrigin: CrawledPage[] = [];
	/** URLs waiting to be fetched, with whether to parse them as a page and as which kind. */
	const queue: { url: string; asPage: boolean; kind: PageKind }[] = [];
	const queued = new Set<string>();
	/** `from via href` of every reference recorded, so reading a page again adds only new ones. */
	const referred = new Set<string>();
	const embedURLs = new Set<string>();
	/** The `/light` and `/dark` variants of embeds, with the scheme each forces. */
	const forced = new Map<string, 'light' | 'dark'>();

	const enqueue = (url: string, asPage: boolean, kind: PageKind = 'page') => {
		const key = `${asPage ? 'page' : 'resource'} ${url}`;
		if (queued.has(key)) return;
		queued.add(key);
		queue.push({ url, asPage, kind });
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
		flags: { navigable?: boolean; loads?: boolean; download?: boolean } = {}
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
		enqueue(url, reference.navigable && !reference.download);
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
			const path = url.pathname.replace(/\/+$/, '');
			for (const [variant, scheme] of [
				[path, undefined],
				[`${path}/light`, 'light'],
				[`${path}/dark`, 'dark']
			] as const) {
				const embed = new URL(variant, origin).href;
				embedURLs.add(embed);
				if (scheme) forced.set(embed, scheme);
				enqueue(embed, true, 'embed');
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

		function fail(error: string): Fetched {
			return {
				url,
				hops,
				status: 0,
				finalURL: current,
				contentType: '',
				body: Buffer.alloc(0),
				error
			};
		}
	};

	const fetchOnce = async (url: string): Promise<Fetched> => {
		const known = fetched.get(url);
		if (known) return known;
		const result = await get(url);
		fetched.set(url, result);
		return result;
	};

	for (const path of ['/', '/404']) enqueue(new URL(path, origin).href, true);
	enqueue(unknownURL, true, 'not-found');

	for (;;) {
		while (queue.length > 0) {
			const { url, asPage, kind } = queue.shift()!;
			const result = await fetchOnce(url);
			// A page is parsed once, under the URL it ends at; a broken link's error page is not a
			// page of the site (the links test reports it), but the unknown address's 404 page is.
			const answered = kind === 'not-found' || (result.status >= 200 && result.status < 300);
			const html = HTML_TYPE.test(result.contentType);
			if (!asPage || !answered || !html || pages.has(result.finalURL)) {
				if (CSS_TYPE.test(result.contentType) && !queued.has(`css ${url}`)) {
					queued.add(`css ${url}`);
					for (const u of cssURLs(result.body.toString('utf8'))) {
						refer(null, url, result.finalURL, 'css url()', u, { loads: true });
					}
				}
				continue;
			}
			if (pages.size >= maxPages) {
				truncated = true;
				continue;
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
				status: result.status,
				html: text,
				document,
				references: [],
				ids
			};
			pages.set(page.url, page);
			readSnippets(document);
			extract(page);
			if (!siteOrigin) parsedWithoutSiteOrigin.push(page);
		}
		// Pages read before an iframe snippet told the site origin may show URLs on it: read them
		// again for those alone.
		if (!siteOrigin || parsedWithoutSiteOrigin.length === 0) break;
		for (const page of parsedWithoutSiteOrigin.splice(0)) extract(page);
	}
	for (const page of pages.values()) {
		if (embedURLs.has(page.url)) page.kind = 'embed';
		page.forcedScheme = forced.get(page.url);
	}

	return {
		origin,
		siteOrigin,
		pages: [...pages.values()],
		fetched,
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
