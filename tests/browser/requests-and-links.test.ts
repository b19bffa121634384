// Links and requests, over every page the crawler finds (tests/browser/crawl/site.ts): every internal
// link and asset answers (each URL fetched once, however many pages refer to it), every #fragment
// names an element, nothing is fetched from another site (neither referred to by the HTML and CSS
// nor requested by the browser, scripts running, on any page), no page carries inline event
// handlers, and every exported SVG is inert (no script, no foreignObject, no event attribute, no
// external reference). The browser resolves no host but localhost, so a request off the site fails
// at once instead of reaching the internet, and is reported.
import { DOMParser, type Element as XMLElement } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { OFFLINE, siteURL, useBrowser } from './browser';
import { Tabs } from './checks/tabs';
import {
	brokenReferences,
	builtPagePaths,
	describePage,
	inlineScript,
	missingFragments,
	offsiteLoads
} from './crawl/checks';
import { crawlSite } from './crawl/site';
import type { CrawledPage } from './crawl/types';

// Every check is queued when the file starts and tests await their own: a test run alone (-t)
// may wait for the checks queued before it.
vi.setConfig({ testTimeout: 300_000 });

const site = await crawlSite(siteURL('/'), { knownPaths: builtPagePaths(inject('buildDir')) });
const pageCases = site.pages.map((page) => [describePage(page), page] as const);

const chromium = useBrowser({ args: OFFLINE });
let tabs: Tabs;

/** What the browser saw on a page: requests off the site, failed ones, inline handlers. */
interface Seen {
	offsite: string[];
	failures: string[];
	handlers: string[];
	requests: number;
	error?: string;
}

const seen = new Map<string, Promise<Seen>>();
/** Opens a page in the browser (once), scrolls it to the end, and records what it requested. */
function browse(page: CrawledPage): Promise<Seen> {
	let job = seen.get(page.url);
	if (!job) {
		job = tabs
			.visit(page.url, { scroll: true, waitForURL: page.refresh }, ({ page: p }) =>
				p.evaluate(() =>
					[...document.querySelectorAll('*')].flatMap((el) =>
						[...el.attributes]
							.filter((a) => /^on/i.test(a.name))
							.map((a) => `<${el.localName} ${a.name}="${a.value}"> in the live page`)
					)
				)
			)
			.then(
				({ result, visit }) => ({
					offsite: visit.offsite,
					failures: visit.failures,
					handlers: result,
					requests: visit.requests
				}),
				(error: Error) => ({
					offsite: [],
					failures: [],
					handlers: [],
					requests: 0,
					error: error.stack ?? String(error)
				})
			);
		seen.set(page.url, job);
	}
	return job;
}

beforeAll(async () => {
	tabs = new Tabs(chromium.browser, site.origin);
	for (const page of site.pages) void browse(page);
});
afterAll(async () => {
	await tabs?.close();
});

describe('the crawl', () => {
	it('finds the pages, the chart pages with their embed snippets, and the embeds', () => {
		const kinds = (kind: CrawledPage['kind']) => site.pages.filter((p) => p.kind === kind).length;
		const unlinked = site.pages.filter((p) => p.foundVia === 'build').map((p) => p.pathname);
		console.log(
			`crawl: ${site.pages.length} HTML pages (${kinds('page')} pages, ${kinds('embed')} embeds, ` +
				`${kinds('not-found')} unknown address), ${site.fetched.size} URLs fetched, ` +
				`site origin ${site.siteOrigin ?? '(none found)'}` +
				(unlinked.length ? `; no link leads to ${unlinked.join(', ')}` : '')
		);
		expect(site.truncated, 'the crawl hit its page cap: is some link making new URLs?').toBe(false);
		expect(site.siteOrigin, 'no pre[data-snippet="iframe"] with an src="…/embed/…"').toBeDefined();
		expect(kinds('page')).toBeGreaterThanOrEqual(3);
		expect(kinds('embed')).toBeGreaterThanOrEqual(3);
		const downloads = site.references.filter((r) => r.download && r.internal);
		expect(downloads.length, 'a[download] links').toBeGreaterThan(0);
	});
});

describe('every internal link and asset resolves', () => {
	it('answers 2xx (after at most 5 same-site redirects) for every URL a page or stylesheet refers to', () => {
		const broken = brokenReferences(site);
		expect(broken, `${broken.length} broken internal URLs (URL → answer, then where)`).toEqual([]);
	});

	it('every #fragment of an internal link names an element of its page', () => {
		expect(missingFragments(site)).toEqual([]);
	});

	it('answers 404 with the 404 page at an unknown address, whose links work at any depth', () => {
		const unknown = site.pages.find((p) => p.url === site.unknownURL);
		expect(unknown?.status, site.unknownURL).toBe(404);
		const page404 = site.pages.find((p) => p.pathname === '/404');
		expect(unknown?.document.title, "the 404 page's title").toBe(page404?.document.title);
		const broken = brokenReferences({ ...site, references: unknown!.references });
		expect(broken, `broken links on the 404 page at ${site.unknownURL}`).toEqual([]);
	});
});

describe('no request leaves the site', () => {
	it('no page or stylesheet refers to a script, style, image, font or frame on another origin', () => {
		expect(offsiteLoads(site)).toEqual([]);
	});

	it.each(pageCases)(
		'%s: in Chromium, scripts running, every request goes to the site and succeeds',
		async (_, crawled) => {
			const seen = await browse(crawled);
			expect(seen.error, `${crawled.url} could not be loaded`).toBeUndefined();
			expect(seen.requests, `requests made by ${crawled.url}`).toBeGreaterThan(0);
			expect(seen.offsite, `requests to other origins from ${crawled.url}`).toEqual([]);
			expect(seen.failures, `failed requests to the site from ${crawled.url}`).toEqual([]);
			expect(seen.handlers, `inline event handlers on ${crawled.url}`).toEqual([]);
		}
	);
});

describe('no inline event handlers', () => {
	it.each(pageCases)('%s: no on*= attribute and no javascript: URL in the HTML', (_, crawled) => {
		expect(inlineScript(crawled.document), crawled.url).toEqual([]);
	});
});

/** What makes an SVG file able to run code or fetch something. One line per problem. */
function unsafeSVG(text: string): string[] {
	const problems: string[] = [];
	const errors: string[] = [];
	const doc = new DOMParser({
		onError: (level, message) => {
			if (level !== 'warning') errors.push(message);
		}
	}).parseFromString(text, 'image/svg+xml');
	if (errors.length) return [`not well-formed XML: ${errors.join('; ')}`];
	if (/<!ENTITY|<!DOCTYPE/i.test(text)) problems.push('a DOCTYPE or entity declaration');
	if (/<\?xml-stylesheet/i.test(text)) problems.push('an <?xml-stylesheet?> instruction');
	const walk = (el: XMLElement) => {
		const name = el.localName ?? '';
		if (/^script$/i.test(name)) problems.push('a <script> element');
		if (/^foreignObject$/i.test(name)) problems.push('a <foreignObject> element');
		if (/^(iframe|embed|object)$/i.test(name)) problems.push(`an <${name}> element`);
		if (/^style$/i.test(name) && /@import|url\(\s*['"]?(?!#)/i.test(el.textContent ?? '')) {
			problems.push(`a <style> that imports or loads: ${el.textContent?.slice(0, 80)}`);
		}
		for (let i = 0; i < el.attributes.length; i++) {
			const attr = el.attributes.item(i)!;
			const where = `${attr.name}="${attr.value.slice(0, 80)}" on <${name}>`;
			if (/^on/i.test(attr.localName ?? attr.name)) problems.push(`event attribute ${where}`);
			if (/^(href|xlink:href|src)$/i.test(attr.name) && !attr.value.trim().startsWith('#')) {
				problems.push(`external reference ${where}`);
			}
			if (/url\(\s*['"]?(?!#)/i.test(attr.value)) problems.push(`external url() ${where}`);
			if (/javascript:/i.test(attr.value)) problems.push(`javascript: URL ${where}`);
		}
		for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) walk(c as XMLElement);
	};
	if (doc.documentElement) walk(doc.documentElement);
	return problems;
}

describe('exported SVG files are inert', () => {
	const svgURLs = [
		...new Set(
			site.references
				.filter((r) => r.internal && r.download && /\.svg$/i.test(new URL(r.url).pathname))
				.map((r) => r.url)
		)
	];

	it('the chart pages offer SVG downloads', () => {
		expect(svgURLs.length).toBeGreaterThan(0);
	});

	it.each(svgURLs.map((url) => [new URL(url).pathname, url]))(
		'%s: no script, foreignObject, event attribute or external reference',
		(_, url) => {
			const fetched = site.fetched.get(url);
			expect(fetched?.status, url).toBe(200);
			expect(fetched?.contentType).toMatch(/^image\/svg\+xml/);
			expect(unsafeSVG(fetched!.body.toString('utf8')), url).toEqual([]);
		}
	);
});
