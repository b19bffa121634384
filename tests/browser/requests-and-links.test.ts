// Links and requests, over every page the crawler finds (tests/browser/crawl.ts): every internal
// link and asset answers, nothing is fetched from another site (with JavaScript on or off), no page
// carries inline event handlers, and every exported SVG is inert (no script, no foreignObject, no
// event attribute, no external reference).
import { DOMParser, type Element as XMLElement } from '@xmldom/xmldom';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, siteURL } from './browser';
import { crawlSite, describePage, type CrawledPage, type Fetched } from './crawl';

const site = await crawlSite(siteURL('/'));
const pageCases = site.pages.map((page) => [describePage(page), page] as const);

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const ok = (f: Fetched | undefined) => f !== undefined && f.status >= 200 && f.status < 300;
const answer = (f: Fetched | undefined) =>
	!f
		? 'never fetched'
		: f.error
			? f.error
			: f.hops.map((hop) => `${hop.status} ${new URL(hop.url).pathname}`).join(' → ');

describe('the crawl', () => {
	it('finds the pages, the chart pages with their embed snippets, and the embeds', () => {
		const kinds = (kind: CrawledPage['kind']) => site.pages.filter((p) => p.kind === kind).length;
		console.log(
			`crawl: ${site.pages.length} HTML pages (${kinds('page')} pages, ${kinds('embed')} embeds, ` +
				`${kinds('not-found')} unknown address), ${site.fetched.size} URLs fetched, ` +
				`site origin ${site.siteOrigin ?? '(none found)'}`
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
		const broken = new Map<string, Set<string>>();
		for (const ref of site.references) {
			if (!ref.internal) continue;
			const fetched = site.fetched.get(ref.url);
			if (ok(fetched)) continue;
			const key = `${ref.url} → ${answer(fetched)}`;
			if (!broken.has(key)) broken.set(key, new Set());
			broken.get(key)!.add(`${new URL(ref.from).pathname} (${ref.via} "${ref.href}")`);
		}
		const report = [...broken].map(
			([url, from]) => `${url}\n    from ${[...from].join('\n    from ')}`
		);
		expect(report, 'broken internal URLs').toEqual([]);
	});

	it('every #fragment of an internal link names an element of its page', () => {
		const byURL = new Map(site.pages.map((p) => [p.url, p]));
		const missing = new Set<string>();
		for (const ref of site.references) {
			if (!ref.internal || !ref.hash || !ref.navigable) continue;
			const fetched = site.fetched.get(ref.url);
			const target = byURL.get(ref.url) ?? byURL.get(fetched?.finalURL ?? '');
			if (!target) continue; // not an HTML page: nothing to point into
			if (ref.hash !== 'top' && !target.ids.has(ref.hash)) {
				missing.add(
					`${new URL(ref.from).pathname}: ${ref.via} "${ref.href}" (no id="${ref.hash}")`
				);
			}
		}
		expect([...missing]).toEqual([]);
	});

	it('answers 404 with the 404 page at an unknown address, whose links work at any depth', () => {
		const unknown = site.pages.find((p) => p.url === site.unknownURL);
		expect(unknown?.status, site.unknownURL).toBe(404);
		const page404 = site.pages.find((p) => p.pathname === '/404');
		expect(unknown?.document.title, "the 404 page's title").toBe(page404?.document.title);
		const refs = unknown!.references.filter((r) => r.internal && !ok(site.fetched.get(r.url)));
		expect(refs.map((r) => `${r.via} "${r.href}"`)).toEqual([]);
	});
});

describe('no request leaves the site', () => {
	it('no page refers to a script, style, image, font or frame on another origin', () => {
		const offsite = site.references
			.filter((r) => r.loads && r.url !== '' && !r.internal)
			.map((r) => `${new URL(r.from).pathname}: ${r.via} "${r.href}"`);
		expect([...new Set(offsite)]).toEqual([]);
	});

	it.each(pageCases)(
		'%s: Chromium, with JavaScript on and off, requests only the site',
		async (_, crawled) => {
			const offsite: string[] = [];
			const handlers: string[] = [];
			const origin = new URL(site.origin).origin;
			for (const javaScriptEnabled of [true, false]) {
				const context = await browser.newContext({
					javaScriptEnabled,
					viewport: { width: 1280, height: 800 }
				});
				context.setDefaultTimeout(15_000);
				const label = javaScriptEnabled ? 'JS on' : 'JS off';
				context.on('request', (request) => {
					const url = request.url();
					if (/^(data|blob|about):/.test(url)) return;
					if (new URL(url).origin !== origin) {
						offsite.push(`${label}: ${request.resourceType()} ${request.method()} ${url}`);
					}
				});
				const page = await context.newPage();
				page.on('websocket', (ws) => offsite.push(`${label}: websocket ${ws.url()}`));
				await page.goto(crawled.url, { waitUntil: 'networkidle' });
				// A page that redirects with a meta refresh: follow it, and check the target too.
				if (crawled.refresh) {
					await page.waitForURL(crawled.refresh, { waitUntil: 'networkidle' });
				}
				// Scroll to the end so that lazy images and frames load, then let the network settle.
				await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
				await page.waitForLoadState('networkidle');
				await page.waitForTimeout(200);
				if (javaScriptEnabled) {
					handlers.push(
						...(await page.evaluate(() =>
							[...document.querySelectorAll('*')].flatMap((el) =>
								[...el.attributes]
									.filter((a) => /^on/i.test(a.name))
									.map((a) => `<${el.localName} ${a.name}="${a.value}"> after hydration`)
							)
						))
					);
				}
				await context.close();
			}
			expect(offsite, `requests to other origins from ${crawled.pathname}`).toEqual([]);
			expect(handlers, `inline event handlers on ${crawled.pathname}`).toEqual([]);
		}
	);
});

describe('no inline event handlers', () => {
	it.each(pageCases)('%s: no on*= attribute and no javascript: URL in the HTML', (_, crawled) => {
		const found: string[] = [];
		for (const el of crawled.document.querySelectorAll('*')) {
			for (const attr of el.attributes) {
				if (/^on/i.test(attr.name)) found.push(`<${el.localName} ${attr.name}="${attr.value}">`);
				if (/^(href|src|action|formaction|data|xlink:href)$/i.test(attr.name)) {
					if (/^\s*javascript:/i.test(attr.value)) {
						found.push(`<${el.localName} ${attr.name}="${attr.value}">`);
					}
				}
			}
		}
		expect(found).toEqual([]);
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
			expect(unsafeSVG(fetched!.body.toString('utf8'))).toEqual([]);
		}
	);
});
