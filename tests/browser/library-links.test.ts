// The fixture library's site (build-library/) crawled like the main one's, without a browser:
// every page any link reaches and every built page, each internal link and asset answering, each
// #fragment naming an element, nothing loaded from another site and no inline script. The
// checks are those of requests-and-links.test.ts (tests/browser/crawl/), so a site of several
// articles in three source languages meets the same bar as the seed's.
import { readdirSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import {
	brokenReferences,
	builtPagePaths,
	describePage,
	inlineScript,
	missingFragments,
	offsiteLoads
} from './crawl/checks';
import { crawlSite } from './crawl/site';

const site = await crawlSite(new URL('/', inject('libraryURL')).href, {
	knownPaths: builtPagePaths(inject('libraryDir')),
	maxPages: 1000
});

describe('the fixture library: every link and asset of every built page', () => {
	it('reaches every built page by a link, within the page cap', () => {
		expect(site.truncated).toBe(false);
		const unlinked = site.pages.filter((p) => p.foundVia === 'build').map((p) => p.pathname);
		expect(unlinked.filter((p) => p !== '/404')).toEqual([]);
		const articles = new Set(
			site.pages.flatMap((p) => /^\/en\/articles\/([^/]+)$/.exec(p.pathname)?.[1] ?? [])
		);
		// Every article folder of the library, the drafted one included, has its page.
		expect([...articles].sort()).toEqual(readdirSync('tests/fixtures/library/articles').sort());
	});

	it('answers 2xx for every URL a page or stylesheet refers to', () => {
		// The downloads (SVG, PNG, PDF, CSV, JSON of every chart) are fetched too, not only pages.
		const downloads = site.references.filter((r) => r.internal && r.download);
		expect(downloads.length).toBeGreaterThanOrEqual(13 * 3 * 5);
		const broken = brokenReferences(site);
		expect(broken, `${broken.length} broken internal URLs`).toEqual([]);
	});

	it('every #fragment of an internal link names an element of its page', () => {
		expect(missingFragments(site)).toEqual([]);
	});

	it('refers to nothing on another origin, and no page carries inline script', () => {
		expect(offsiteLoads(site)).toEqual([]);
		const inline = site.pages.flatMap((p) =>
			inlineScript(p.document).map((problem) => `${describePage(p)}: ${problem}`)
		);
		expect(inline).toEqual([]);
	});
});
