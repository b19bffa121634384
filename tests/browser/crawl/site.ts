// A crawler for the built site on the test server. It hard-codes no page list. It starts from `/`,
// `/404`, an address that exists nowhere and the sitemaps (robots.txt, /sitemap.xml) if the site
// has any; follows every same-origin link; fetches every resource a page refers to (links, scripts,
// styles, images, frames, and the url()s inside CSS); and finds the embed pages, which no page
// links to, through the iframe snippet that chart pages show as text (`pre[data-snippet="iframe"]`),
// with their `/light` and `/dark` variants. Last, every HTML file of the build folder that no link
// led to is crawled too, so a page that nothing links to is still checked (and reported as such).
// URLs on the build's configured site origin (read from that snippet) are fetched from the test
// server instead, so canonical links, oEmbed links and snippets are checked too. Each URL is
// fetched once, a few at a time.
//
// Why not linkinator or SvelteKit's prerender checks alone: SvelteKit already fails the build on a
// broken internal link or fragment (svelte.config.js, handleHttpError and handleMissingId), but
// it reads the pages it renders, not what the server answers (404 page at depth, redirects,
// headers), and neither it nor linkinator reads URLs shown as text in snippets and citations, maps
// the configured site origin onto the test server, finds pages only a sitemap or the build folder
// holds, or groups pages for the browser checks (keys.ts).
import { fetchFollowing } from './fetch';
import { controlsKey, structureKey, styleKey } from './keys';
import { cssURLs, pageReferences, parseHTML, siteURLsInText, snippetEmbeds } from './references';
import type { Written } from './references';
import type {
	CrawlOptions,
	CrawledPage,
	Fetched,
	FoundVia,
	PageKind,
	Reference,
	SiteCrawl
} from './types';

/** The path of an address that exists nowhere, two levels deep so relative URLs would break. */
export const UNKNOWN_PATH = '/__derek-crawl__/no/such-page';

const HTML_TYPE = /^(text\/html|application\/xhtml\+xml)\b/i;
const CSS_TYPE = /^text\/css\b/i;
const XML_TYPE = /^(application|text)\/xml\b/i;

/** A URL waiting to be fetched, whether to parse it as a page, and as which kind. */
interface Job {
	url: string;
	asPage: boolean;
	kind: PageKind | 'sitemap';
	via: FoundVia;
}

/** How a reference is followed, beyond what the page says of it. */
interface Follow {
	/** A sitemap index's <loc>, itself a sitemap. */
	sitemap?: boolean;
	/** How the crawl came to the URL, when not by a link. */
	found?: FoundVia;
}

/** Crawls the site served at `base` (e.g. the test server's `http://localhost:1234/`). */
export function crawlSite(base: string, options: CrawlOptions = {}): Promise<SiteCrawl> {
	return new SiteCrawler(base, options).run();
}

class SiteCrawler {
	private readonly origin: string;
	private readonly unknownURL: string;
	private readonly maxPages: number;
	private readonly timeout: number;
	private readonly concurrency: number;
	private readonly knownPaths: string[];
	private readonly fetched = new Map<string, Promise<Fetched>>();
	private readonly results = new Map<string, Fetched>();
	private readonly pages = new Map<string, CrawledPage>();
	private readonly references: Reference[] = [];
	private siteOrigin: string | undefined;
	private truncated = false;
	/** Pages parsed before the site origin was known, to read again once it is. */
	private readonly parsedWithoutSiteOrigin: CrawledPage[] = [];
	private readonly queue: Job[] = [];
	private readonly queued = new Set<string>();
	/** `from via href` of every reference recorded, so that each is recorded once. */
	private readonly referred = new Set<string>();
	private readonly embedURLs = new Set<string>();
	/** The `/light` and `/dark` variants of embeds, with the scheme each forces. */
	private readonly forced = new Map<string, 'light' | 'dark'>();

	constructor(base: string, options: CrawlOptions) {
		this.origin = new URL(base).origin;
		this.unknownURL = new URL(UNKNOWN_PATH, this.origin).href;
		this.maxPages = options.maxPages ?? 400;
		this.timeout = options.timeout ?? 15_000;
		this.concurrency = options.concurrency ?? 8;
		this.knownPaths = options.knownPaths ?? [];
	}

	async run(): Promise<SiteCrawl> {
		await this.start();
		await this.drain();
		// Pages read before an iframe snippet told the site origin may show URLs on it.
		this.rereadForSiteOrigin();
		await this.drain();
		// Then the pages the build holds that nothing led to.
		for (const known of this.knownPaths) {
			this.enqueue(new URL(known, this.origin).href, true, 'page', 'build');
		}
		await this.drain();
		this.rereadForSiteOrigin();
		await this.drain();
		return this.result();
	}

	/** The start pages, the unknown address, and the sitemaps of /sitemap.xml and robots.txt. */
	private async start() {
		for (const start of ['/', '/404']) {
			this.enqueue(new URL(start, this.origin).href, true, 'page', 'start');
		}
		this.enqueue(this.unknownURL, true, 'not-found', 'start');
		this.enqueue(new URL('/sitemap.xml', this.origin).href, false, 'sitemap', 'sitemap');
		const robots = await this.fetchOnce(new URL('/robots.txt', this.origin).href);
		if (robots.status !== 200) return;
		for (const m of robots.body.toString('utf8').matchAll(/^\s*sitemap:\s*(\S+)/gim)) {
			this.refer(
				null,
				robots.url,
				robots.finalURL,
				{ via: 'robots.txt Sitemap:', href: m[1]! },
				{
					sitemap: true
				}
			);
		}
	}

	private enqueue(url: string, asPage: boolean, kind: Job['kind'], via: FoundVia) {
		const key = `${asPage ? 'page' : 'resource'} ${url}`;
		if (this.queued.has(key)) return;
		this.queued.add(key);
		this.queue.push({ url, asPage, kind, via });
	}

	/** Resolves `href` against `baseURL`: [url to fetch, fragment, internal], or null if not fetched. */
	private resolve(href: string, baseURL: string): [string, string, boolean] | null {
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
		if (u.origin === this.origin) return [u.href, hash, true];
		if (this.siteOrigin && u.origin === this.siteOrigin) {
			return [new URL(u.pathname + u.search, this.origin).href, hash, true];
		}
		return [u.href, hash, false];
	}

	/** Records a reference (once) and queues its URL when it is on the site. */
	private refer(
		page: CrawledPage | null,
		from: string,
		baseURL: string,
		written: Written,
		follow: Follow = {}
	) {
		const { via, href } = written;
		if (href.trim() === '' && via !== 'a[href]') return;
		const key = `${from} ${via} ${href}`;
		if (this.referred.has(key)) return;
		this.referred.add(key);
		const resolved = this.resolve(href, baseURL);
		const [url, hash, internal] = resolved ?? ['', '', false];
		const reference: Reference = {
			from,
			via,
			href,
			url,
			hash,
			internal,
			navigable: written.navigable ?? false,
			loads: written.loads ?? false,
			download: written.download ?? false
		};
		page?.references.push(reference);
		this.references.push(reference);
		if (!resolved || !internal) return;
		if (follow.sitemap) this.enqueue(url, false, 'sitemap', 'sitemap');
		else {
			const asPage = reference.navigable && !reference.download;
			this.enqueue(url, asPage, 'page', follow.found ?? 'link');
		}
	}

	/** Fetches a URL once, however many pages refer to it. */
	private fetchOnce(url: string): Promise<Fetched> {
		let known = this.fetched.get(url);
		if (!known) {
			known = fetchFollowing(url, this.origin, this.timeout).then((result) => {
				this.results.set(url, result);
				return result;
			});
			this.fetched.set(url, known);
		}
		return known;
	}

	/** Works through the queue, `concurrency` URLs at a time, until it is empty. */
	private async drain() {
		const active = new Set<Promise<void>>();
		while (this.queue.length > 0 || active.size > 0) {
			while (this.queue.length > 0 && active.size < this.concurrency) {
				const job = this.queue.shift()!;
				const done: Promise<void> = this.process(job).finally(() => active.delete(done));
				active.add(done);
			}
			await Promise.race(active);
		}
	}

	private async process(job: Job) {
		const result = await this.fetchOnce(job.url);
		const ok = result.status >= 200 && result.status < 300;
		if (job.kind === 'sitemap') {
			if (ok && XML_TYPE.test(result.contentType)) this.readSitemap(job.url, result);
			return;
		}
		// A page is parsed once, under the URL it ends at; a broken link's error page is not a
		// page of the site (the links test reports it), but the unknown address's 404 page is.
		const answered = job.kind === 'not-found' || ok;
		const html = HTML_TYPE.test(result.contentType);
		if (job.asPage && answered && html && !this.pages.has(result.finalURL)) {
			this.readPage(job, result);
		} else if (CSS_TYPE.test(result.contentType)) {
			this.readStylesheet(job.url, result);
		}
	}

	private readSitemap(url: string, result: Fetched) {
		const xml = result.body.toString('utf8');
		const nested = /<sitemapindex\b/.test(xml);
		for (const m of xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)) {
			const loc = m[1]!.replace(/&amp;/g, '&');
			this.refer(
				null,
				url,
				result.finalURL,
				{ via: 'sitemap <loc>', href: loc, navigable: !nested },
				{ sitemap: nested, found: 'sitemap' }
			);
		}
	}

	private readStylesheet(url: string, result: Fetched) {
		if (this.queued.has(`css ${url}`)) return;
		this.queued.add(`css ${url}`);
		for (const href of cssURLs(result.body.toString('utf8'))) {
			this.refer(null, url, result.finalURL, { via: 'css url()', href, loads: true });
		}
	}

	private readPage(job: Job, result: Fetched) {
		if (this.pages.size >= this.maxPages) {
			this.truncated = true;
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
			kind: this.embedURLs.has(job.url) ? 'embed' : (job.kind as PageKind),
			foundVia: job.via,
			status: result.status,
			html: text,
			document,
			references: [],
			ids,
			styleKey: styleKey(document),
			structureKey: structureKey(document),
			controlsKey: controlsKey(document)
		};
		this.pages.set(page.url, page);
		this.readSnippets(document);
		const { written, refresh } = pageReferences(document, this.siteOrigin);
		if (refresh) page.refresh = refresh;
		for (const w of written) this.refer(page, page.url, document.baseURI || page.url, w);
		if (!this.siteOrigin) this.parsedWithoutSiteOrigin.push(page);
	}

	/** Reads the site origin and queues the embed pages of the page's iframe snippets. */
	private readSnippets(document: Document) {
		for (const { url, scheme } of snippetEmbeds(document)) {
			this.siteOrigin ??= url.origin;
			const embed = new URL(url.pathname, this.origin).href;
			this.embedURLs.add(embed);
			if (scheme) this.forced.set(embed, scheme);
			this.enqueue(embed, true, 'embed', 'snippet');
		}
	}

	/** Reads the site's URLs shown as text on the pages parsed before the site origin was known. */
	private rereadForSiteOrigin() {
		if (!this.siteOrigin) return;
		for (const page of this.parsedWithoutSiteOrigin.splice(0)) {
			for (const w of siteURLsInText(page.document, this.siteOrigin)) {
				this.refer(page, page.url, page.document.baseURI || page.url, w);
			}
		}
	}

	private result(): SiteCrawl {
		for (const page of this.pages.values()) {
			if (this.embedURLs.has(page.url)) page.kind = 'embed';
			page.forcedScheme = this.forced.get(page.url);
		}
		const order = (p: CrawledPage) => `${p.kind === 'not-found' ? 1 : 0} ${p.pathname}`;
		return {
			origin: this.origin,
			siteOrigin: this.siteOrigin,
			pages: [...this.pages.values()].sort((a, b) => (order(a) < order(b) ? -1 : 1)),
			fetched: this.results,
			references: this.references,
			unknownURL: this.unknownURL,
			truncated: this.truncated
		};
	}
}
