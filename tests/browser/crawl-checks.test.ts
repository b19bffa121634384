// Self-tests of the crawl and its checks (crawl/, checks/), on a small fake site served
// from memory with known faults: a check that cannot fail is no check. Each fault must be found,
// and named in a way that leads to it (the page, the element, what is wrong); each sound part
// must pass.
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { OFFLINE, useBrowser, useServer } from './browser';
import { contrastRatio, composite } from '../wcag-contrast';
import { formatViolations } from './checks/axe';
import { keyboardProblems, keyboardWalk } from './checks/keyboard';
import { motionUnderReduce } from './checks/motion';
import { auditSchemes } from './checks/schemes';
import { formatContrast, svgContrast, type ContrastFinding } from './checks/svg-contrast';
import { Tabs } from './checks/tabs';
import {
	brokenReferences,
	inlineScript,
	missingFragments,
	offsiteLoads,
	representatives
} from './crawl/checks';
import { controlsKey, styleKey } from './crawl/keys';
import { parseHTML } from './crawl/references';
import { crawlSite } from './crawl/site';
import type { CrawledPage, SiteCrawl } from './crawl/types';

const page = (body: string, head = '') =>
	`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fake</title>` +
	`<meta name="viewport" content="width=device-width, initial-scale=1">${head}</head>` +
	`<body><main>${body}</main></body></html>`;

/** The fake site: path → [content type, body]. Anything else answers 404. */
const files: Record<string, [string, string]> = {
	'/': [
		'text/html',
		page(
			`<h1>Home</h1>
			<p><a href="/good">good</a> <a href="/good#here">here</a> <a href="/good#nowhere">nowhere</a>
			<a href="/broken">broken</a> <a href="mailto:x@example.org">mail</a></p>
			<img src="http://offsite.example/pixel.png" alt="">
			<button onclick="void 0">inline handler</button>
			<pre data-snippet="iframe">&lt;iframe src="https://derek.example/en/embed/chart-a"&gt;&lt;/iframe&gt;</pre>
			<pre data-citation="plain">Citation: https://derek.example/en/charts/missing-chart.</pre>`,
			'<link rel="stylesheet" href="/style.css">'
		)
	],
	'/style.css': ['text/css', 'body { background: #fff url(/missing-bg.png) repeat-x; }'],
	'/good': ['text/html', page('<h1 id="here">Good</h1><a href="/">home</a>')],
	'/en/embed/chart-a': ['text/html', page('<p>embed</p>')],
	'/en/embed/chart-a/light': ['text/html', page('<p>embed, light</p>')],
	'/en/embed/chart-a/dark': ['text/html', page('<p>embed, dark</p>')],
	'/orphan': ['text/html', page('<p>No link leads here.</p>')],
	'/from-sitemap': ['text/html', page('<p>Only the sitemap lists me.</p>')],
	'/sitemap.xml': [
		'application/xml',
		'<?xml version="1.0"?><urlset><url><loc>/from-sitemap</loc></url></urlset>'
	],
	// A script that asks another site for something: only a browser running it can tell.
	'/fetches': [
		'text/html',
		page(
			'<p>fetches</p><script>fetch("http://api.offsite.example/data").catch(() => {});' +
				'fetch("/no-such-data.json").catch(() => {});</script>'
		)
	]
};

const chromium = useBrowser({ args: OFFLINE });
const server = useServer((req, res) => {
	const path = new URL(req.url ?? '/', 'http://x').pathname;
	const file = files[path];
	if (!file) {
		res.writeHead(404, { 'content-type': 'text/html' }).end(page('<h1>Not found</h1>'));
		return;
	}
	res.writeHead(200, { 'content-type': `${file[0]}; charset=utf-8` }).end(file[1]);
});
let base: string;
beforeAll(() => {
	base = `${server.origin()}/`;
});

describe('crawlSite and the link checks', () => {
	let site: SiteCrawl;
	beforeAll(async () => {
		site = await crawlSite(base, { knownPaths: ['/orphan'] });
	});

	it('finds pages by links, embed snippets (with /light and /dark), the sitemap and the build', () => {
		const found = Object.fromEntries(site.pages.map((p) => [p.pathname, p.foundVia]));
		expect(found).toMatchObject({
			'/': 'start',
			'/good': 'link',
			'/en/embed/chart-a': 'snippet',
			'/en/embed/chart-a/light': 'snippet',
			'/en/embed/chart-a/dark': 'snippet',
			'/from-sitemap': 'sitemap',
			'/orphan': 'build'
		});
		expect(site.siteOrigin).toBe('https://derek.example');
		expect(site.pages.find((p) => p.pathname === '/en/embed/chart-a/dark')?.forcedScheme).toBe(
			'dark'
		);
	});

	it('reports each broken link and asset once, with every place that refers to it', () => {
		const broken = brokenReferences(site);
		expect(broken).toHaveLength(3);
		expect(broken.find((b) => b.includes('/broken'))).toMatch(
			/\/broken → 404 \/broken\n {4}from \/ \(a\[href\] "\/broken"\)/
		);
		expect(broken.find((b) => b.includes('/missing-bg.png'))).toMatch(
			/from \/style\.css \(css url\(\) "\/missing-bg\.png"\)/
		);
		// A URL on the build's site origin, shown as text, is checked on the test server.
		expect(broken.find((b) => b.includes('missing-chart'))).toMatch(
			/from \/ \(citation plain \(text\) "https:\/\/derek\.example\/en\/charts\/missing-chart"\)/
		);
	});

	it('reports a #fragment that names no element, and not one that does', () => {
		expect(missingFragments(site)).toEqual(['/: a[href] "/good#nowhere" (no id="nowhere")']);
	});

	it('reports an image from another origin, and inline event handlers', () => {
		expect(offsiteLoads(site)).toEqual(['/: img[src] "http://offsite.example/pixel.png"']);
		const home = site.pages.find((p) => p.pathname === '/')!;
		expect(inlineScript(home.document)).toEqual(['<button onclick="void 0">']);
	});

	it('groups pages by stylesheets and by controls, whatever their words', () => {
		const a = parseHTML(
			page('<a href="/x">one</a>', '<link rel="stylesheet" href="/a.css">'),
			base
		);
		const b = parseHTML(
			page('<a href="/y">two</a>', '<link rel="stylesheet" href="/a.css">'),
			base
		);
		const c = parseHTML(
			page('<a href="/y">two</a>', '<link rel="stylesheet" href="/b.css">'),
			base
		);
		const d = parseHTML(
			page('<button>two</button>', '<link rel="stylesheet" href="/a.css">'),
			base
		);
		expect(styleKey(a)).toBe(styleKey(b));
		expect(styleKey(a)).not.toBe(styleKey(c));
		expect(controlsKey(a)).toBe(controlsKey(b));
		expect(controlsKey(a)).not.toBe(controlsKey(d));
		const groups = representatives(
			[a, b, c].map((document) => ({ document })) as unknown as CrawledPage[],
			(p) => styleKey(p.document)
		);
		expect(groups.map((g) => g.standsFor.length)).toEqual([2, 1]);
	});
});

describe('the browser sees every request', () => {
	it('records a request a script makes to another site, and one to the site that fails', async () => {
		const tabs = new Tabs(chromium.browser, new URL(base).origin, 1);
		try {
			const { visit } = await tabs.visit(`${base}fetches`, {}, async () => undefined);
			expect(visit.offsite).toEqual(['fetch GET http://api.offsite.example/data']);
			expect(visit.failures).toEqual([`HTTP 404: fetch GET ${base}no-such-data.json`]);
			// And the off-site image, and the CSS background that is not there.
			const home = await tabs.visit(base, { scroll: true }, async () => undefined);
			expect(home.visit.offsite).toEqual(['image GET http://offsite.example/pixel.png']);
			expect(home.visit.failures).toEqual([`HTTP 404: image GET ${base}missing-bg.png`]);
			// A page that answers 404 on purpose is not itself a failure.
			const missing = await tabs.visit(`${base}nothing-here`, {}, async () => undefined);
			expect(missing.visit.status).toBe(404);
			expect(missing.visit.failures).toEqual([]);
		} finally {
			await tabs.close();
		}
	});
});

/** Opens `html` as a page of the fake site's origin (so that it can load nothing else). */
async function withPage<T>(
	html: string,
	check: (page: Page) => Promise<T>,
	options: Parameters<Browser['newContext']>[0] = {}
): Promise<T> {
	const context = await chromium.browser.newContext({
		viewport: { width: 800, height: 600 },
		...options
	});
	try {
		const p = await context.newPage();
		await p.route(`${base}fixture`, (route) =>
			route.fulfill({ contentType: 'text/html', body: html })
		);
		await p.goto(`${base}fixture`);
		return await check(p);
	} finally {
		await context.close();
	}
}

// The expected ratios come from the same formula as the checks (tests/wcag-contrast.ts), which its
// own test pins to WCAG's reference values: what is tested here is what the checks sample and
// composite in the page, not the formula.
describe('svgContrast', () => {
	const chart = (marks: string, before = '') =>
		page(
			`${before}<figure data-chart="fake-chart"><svg width="400" height="200" viewBox="0 0 400 200">` +
				`<title>Fake chart</title>${marks}</svg></figure>`
		);
	const findings = (html: string) => withPage(html, (p) => svgContrast(p));
	const only = (list: ContrastFinding[], kind: ContrastFinding['kind']) =>
		list.filter((f) => f.kind === kind);

	it('passes a dark mark and flags a light one, naming the chart, the mark and the ratio', async () => {
		const { findings: found, marks } = await findings(
			chart(
				'<g data-fact="dark"><rect x="10" y="10" width="50" height="50" fill="#1f5d8c"/></g>' +
					'<g data-fact="light"><rect x="100" y="10" width="50" height="50" fill="#d0d0d0"/></g>'
			)
		);
		expect(marks).toBe(2);
		expect(found).toHaveLength(1);
		expect(found[0]).toMatchObject({ chart: 'fake-chart', kind: 'mark', fact: 'light' });
		expect(found[0]!.ratio).toBeCloseTo(contrastRatio([208, 208, 208], [255, 255, 255]), 2);
		expect(formatContrast(found[0]!)).toMatch(
			/^mark of light <rect x="100" y="10" width="50" height="50">: fill rgb\(208, 208, 208\) on rgb\(255, 255, 255\) \(the canvas\): 1\.5\d:1, needs 3:1$/
		);
	});

	it('composites element, group, fill and stroke opacity', async () => {
		const { findings: found } = await findings(
			chart(
				// 0.5 × 0.6 = 0.3 of black: fails. 0.5 of black alone would pass (3.98:1).
				'<g opacity="0.5"><g data-fact="faded"><rect x="10" y="10" width="50" height="50" fill="#000" fill-opacity="0.6"/></g></g>' +
					'<g data-fact="half"><rect x="100" y="10" width="50" height="50" fill="#000" opacity="0.5"/></g>' +
					// An outline alone, at 0.3: fails.
					'<g data-fact="outline"><rect x="200" y="10" width="50" height="50" fill="none" stroke="#1f5d8c" stroke-width="2" stroke-opacity="0.3"/></g>' +
					// A dashed outline whose dashes no evenly spaced sample would meet, at 0.5: fails.
					'<g data-fact="dashed"><rect x="300.75" y="10.75" width="14.5" height="14.5" fill="none" stroke="#1f5d8c" stroke-width="1.5" stroke-dasharray="3 2" opacity="0.5"/></g>'
			)
		);
		const byFact = Object.fromEntries(only(found, 'mark').map((f) => [f.fact, f.ratio]));
		expect(Object.keys(byFact).sort()).toEqual(['dashed', 'faded', 'outline']);
		expect(byFact.dashed).toBeCloseTo(
			contrastRatio(composite([31, 93, 140, 0.5], [255, 255, 255]), [255, 255, 255]),
			1
		);
		expect(byFact.faded).toBeCloseTo(
			contrastRatio(composite([0, 0, 0, 0.3], [255, 255, 255]), [255, 255, 255]),
			1
		);
		expect(byFact.outline).toBeCloseTo(
			contrastRatio(composite([31, 93, 140, 0.3], [255, 255, 255]), [255, 255, 255]),
			1
		);
	});

	it('measures a mark against the shape right behind it, not the page', async () => {
		const { findings: found } = await findings(
			chart(
				// Land (not a mark) under a dot of the chart's blue: 6.9:1 on white, 1.9:1 on the land.
				'<rect x="0" y="0" width="400" height="200" fill="#2b2b2b"/>' +
					'<g data-fact="dot"><circle cx="200" cy="100" r="20" fill="#1f5d8c"/></g>'
			)
		);
		expect(found).toHaveLength(1);
		expect(found[0]!.background).toBe(
			'rgb(43, 43, 43) (fill of <rect x="0" y="0" width="400" height="200">)'
		);
		expect(found[0]!.ratio).toBeCloseTo(contrastRatio([31, 93, 140], [43, 43, 43]), 2);
	});

	it('checks charts below the fold, and texts', async () => {
		const { findings: found } = await findings(
			chart(
				'<g data-fact="low"><rect x="10" y="10" width="50" height="50" fill="#eeeeee"/></g>' +
					'<text x="100" y="100" font-size="12" fill="#999999">pale words</text>' +
					'<text x="100" y="150" font-size="12" fill="#1a1a1a">dark words</text>',
				'<div style="height: 2000px">spacer</div>'
			)
		);
		expect(only(found, 'mark').map((f) => f.fact)).toEqual(['low']);
		const texts = only(found, 'text');
		expect(texts).toHaveLength(1);
		expect(formatContrast(texts[0]!)).toMatch(
			/^text “pale words” \(12\.0px\): fill rgb\(153, 153, 153\) on rgb\(255, 255, 255\)/
		);
	});
});

describe('axe in light and dark', () => {
	it('finds a violation that only the dark scheme has, with the page laid out the same', async () => {
		const html = page(
			'<p>Some words to read.</p>',
			'<style>:root { color-scheme: light dark; } body { background: #fff; color: #222; }' +
				'@media (prefers-color-scheme: dark) { body { background: #111; color: #333; } }</style>'
		);
		const audit = await withPage(html, (p) => auditSchemes(p, ['light', 'dark']));
		expect(audit.light?.violations).toEqual([]);
		expect(audit.dark?.coloursOnly).toBe(true);
		expect(audit.dark?.violations.map((v) => v.id)).toEqual(['color-contrast']);
		expect(formatViolations(audit.dark!.violations)).toMatch(
			/^color-contrast \(serious\): .*\n.*\n {2}- p\n {4}<p>Some words to read\.<\/p>/
		);
	});

	it('finds an image without a text alternative', async () => {
		const audit = await withPage(
			page('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'),
			(p) => auditSchemes(p, ['light'], { charts: false })
		);
		expect(audit.light?.violations.map((v) => v.id)).toContain('image-alt');
	});
});

describe('keyboardWalk', () => {
	it('finds a control without a focus indicator, one Tab skips, and a widget the keyboard cannot use', async () => {
		const html = page(
			`<a href="#a" id="a">fine link</a>
			<button class="bare">bare</button>
			<script>
				document.querySelector('.bare').addEventListener('click', () => (document.body.dataset.clicked = '1'));
			</script>
			<a href="#b" tabindex="-1">skipped link</a>
			<button class="dead">does nothing</button>
			<span class="tip-host" tabindex="0">hover me</span><span id="tip" hidden>secret tip</span>
			<script>
				const host = document.querySelector('.tip-host');
				host.addEventListener('mouseenter', () => (document.getElementById('tip').hidden = false));
				host.addEventListener('mouseleave', () => (document.getElementById('tip').hidden = true));
			</script>`,
			// The bare button loses the outline but keeps its offset: no indicator for all that.
			'<style>a:focus-visible, button:focus-visible, [tabindex]:focus-visible { outline: 3px solid #1f5d8c; outline-offset: 2px; }' +
				'.bare:focus-visible { outline: none; }</style>'
		);
		const problems = await withPage(html, async (p) => keyboardProblems(await keyboardWalk(p)));
		expect(problems).toEqual([
			expect.stringMatching(/^<button> “bare”: no visible focus indicator/),
			'<button> “does nothing”: Enter does nothing visible (no change to the page)',
			'<span tabindex="0"> “hover me”: hovering shows “secret tip” but keyboard focus does not',
			'<a href="#b" tabindex="-1"> “skipped link”: visible control that Tab never reaches'
		]);
	});

	it('finds a focus outline too faint to see', async () => {
		const html = page(
			'<a href="#x">link</a>',
			'<style>a:focus-visible { outline: 2px solid #eeeeee; }</style>'
		);
		const problems = await withPage(html, async (p) => keyboardProblems(await keyboardWalk(p)));
		expect(problems).toEqual([
			expect.stringMatching(
				/^<a href="#x"> “link”: outline rgb\(238, 238, 238\) on rgb\(255, 255, 255\) is 1\.1\d:1, needs 3:1$/
			)
		]);
	});
});

describe('motionUnderReduce', () => {
	const html = (css: string) =>
		page(
			'<a href="#x" class="moving">link</a>',
			`<style>.moving { transition: color 1s; } ${css}</style>`
		);
	it('finds a transition that ignores prefers-reduced-motion', async () => {
		const found = await withPage(html(''), motionUnderReduce, { reducedMotion: 'reduce' });
		expect(found).toContain('transition color 1s on <a class="moving"> (declared)');
	});
	it('finds nothing when the CSS honours it', async () => {
		const found = await withPage(
			html('@media (prefers-reduced-motion: reduce) { * { transition: none !important; } }'),
			motionUnderReduce,
			{ reducedMotion: 'reduce' }
		);
		expect(found).toEqual([]);
	});
});
