// What the crawl of a site (site.ts) finds: the pages, the URLs they refer to, what each URL answered.
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
