// Embeds, from a host's side: a page on another origin pastes the iframe snippet exactly as the
// chart page shows it (only the site's origin changed to the test server's), and our loader sizes
// the iframe to its content; bad messages are ignored; other pages refuse to be framed. Every
// embed carries the sentence each of its numbers comes from, inside the frame at every width.
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
	EXPECTED_IDS,
	expectNoProblems,
	siteURL,
	useBrowser,
	useServer,
	visit,
	chartPage
} from './browser';

const chromium = useBrowser();
/** What the host server serves at /, set by each test. */
let hostPage = '';
const host = useServer((_, res) => {
	res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
	res.end(hostPage);
}, '127.0.0.1');

/** The iframe snippet as the chart page shows it, pointed at the test server. */
async function snippetFor(id: string): Promise<string> {
	const tracked = await chromium.open();
	await visit(tracked.page, chartPage('en', id));
	const snippet = (await tracked.page.locator('pre[data-snippet="iframe"]').textContent()) ?? '';
	await tracked.close();
	const origin = new URL(/src="([^"]+)"/.exec(snippet)![1]!).origin;
	return snippet.replaceAll(origin, new URL(siteURL('/')).origin);
}

function hostWith(body: string) {
	hostPage = `<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:8px">${body}<p>After the chart.</p></body></html>`;
}

/** The embed frame on the host page, once it has loaded. */
async function embedFrame(page: Page): Promise<Frame> {
	await expect.poll(() => page.frames().length).toBeGreaterThan(1);
	const frame = page.frames().find((f) => f.url().includes('/embed/'))!;
	await frame.waitForLoadState('load');
	await frame.evaluate(() => document.fonts.ready.then(() => undefined));
	return frame;
}

interface Source {
	sentence: string;
	marks: string[];
	translation: Record<'en' | 'ru', string>;
}
const readData = (file: string) =>
	JSON.parse(readFileSync(`data/articles/2025-12-20-central-asia-japan-tokyo/${file}`, 'utf8'));
/** The article's language, as the seed article's article.json declares it. */
const ARTICLE_LANG: string = readData('article.json').lang;

/** The sentences a chart's numbers come from, each once, as data/ declares them. */
function sourcesOf(id: string): Source[] {
	const chart = (readData('charts.json') as { id: string; facts: string[] }[]).find(
		(c) => c.id === id
	)!;
	const facts = readData('facts.json') as (Source & { id: string; printed: string })[];
	const sources: Source[] = [];
	for (const fact of chart.facts.map((f) => facts.find((x) => x.id === f)!)) {
		const known = sources.find((s) => s.sentence === fact.sentence);
		if (known) known.marks.push(fact.printed);
		else sources.push({ ...fact, marks: [fact.printed] });
	}
	return sources;
}

/** How each interface language labels our translation. */
const OURS = { en: 'ours, from the Kazakh', ru: 'наш, с казахского' } as const;

/**
 * What an embed shows of a source: the quote (an element in the article's language whose text is
 * the sentence), its marked phrases and bottom edge in the page, and whether a passage in the
 * interface language gives the translation and calls it ours.
 */
async function sourceShown(frame: Page | Frame, source: Source, lang: 'kk' | 'en' | 'ru') {
	return frame.evaluate(
		({ sentence, articleLang, translation, ours }) => {
			const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
			const quote = [...document.querySelectorAll(`[lang="${articleLang}"]`)].find(
				(el) => el instanceof HTMLElement && squash(el.innerText) === squash(sentence)
			);
			const box = quote?.getBoundingClientRect();
			const passages = [...document.body.querySelectorAll('[lang]')]
				.filter((el) => el instanceof HTMLElement && el.lang === document.documentElement.lang)
				.map((el) => squash((el as HTMLElement).innerText));
			return {
				found: quote !== undefined && box !== undefined && box.width > 0 && box.height > 0,
				marks: [...(quote?.querySelectorAll('mark') ?? [])].map((m) => m.textContent),
				bottom: box ? box.bottom + window.scrollY : NaN,
				translated:
					translation !== null &&
					passages.some(
						(p) =>
							p.endsWith(translation) && p.includes(ours!) && p.length < translation.length + 80
					),
				text: squash(document.body.innerText)
			};
		},
		{
			sentence: source.sentence,
			articleLang: ARTICLE_LANG,
			translation: lang === 'kk' ? null : source.translation[lang],
			ours: lang === 'kk' ? null : OURS[lang]
		}
	);
}

/** Fails unless the embed shows each source sentence, marked, with its labelled translation. */
async function expectSources(
	frame: Page | Frame,
	id: string,
	lang: 'kk' | 'en' | 'ru',
	within: number
) {
	for (const source of sourcesOf(id)) {
		const shown = await sourceShown(frame, source, lang);
		expect(shown.found, `${id}: the sentence «${source.sentence}» in the embed`).toBe(true);
		expect(shown.marks.sort()).toEqual([...source.marks].sort());
		expect(shown.bottom, `${id}: the sentence ends inside the frame`).toBeLessThanOrEqual(within);
		if (lang === 'kk') expect(shown.text).not.toContain(source.translation.en);
		else expect(shown.translated, `${id}: our ${lang} translation, labelled`).toBe(true);
	}
}

const iframeHeight = (page: Page) =>
	page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height);
const contentHeight = (frame: Frame) =>
	frame.evaluate(() => document.documentElement.getBoundingClientRect().height);

describe('the iframe snippet on a host that drops the loader script', () => {
	it.each(EXPECTED_IDS)(
		'gives %s a height that shows the whole embed at 320, 400, 700 and 1400 px',
		async (id) => {
			const snippet = await snippetFor(id);
			const height = Number(/height="(\d+)"/.exec(snippet)?.[1]);
			const src = /src="([^"]+)"/.exec(snippet)![1]!;
			expect(height).toBeGreaterThan(0);
			for (const width of [320, 400, 700, 1400]) {
				// The iframe is as wide as the host's column; its content must fit its fixed height.
				const tracked = await chromium.open({ viewport: { width, height } });
				await tracked.page.goto(src, { waitUntil: 'networkidle' });
				const content = await tracked.page.evaluate(
					() => document.documentElement.getBoundingClientRect().height
				);
				expect(content, `${id} at ${width}px: content vs snippet height`).toBeLessThanOrEqual(
					height
				);
				await expectSources(tracked.page, id, 'en', height);
				await tracked.close();
			}
		}
	);
});

describe('the iframe snippet on a host page of another origin', () => {
	it.each(EXPECTED_IDS)(
		'sizes the iframe of %s to its content at 320, 640 and 1000 px',
		async (id) => {
			hostWith(await snippetFor(id));
			for (const width of [320, 640, 1000]) {
				const tracked = await chromium.open({ viewport: { width, height: 900 } });
				const { page } = tracked;
				await page.goto(host.origin(), { waitUntil: 'networkidle' });
				const frame = await embedFrame(page);
				await expect
					.poll(async () => Math.abs((await iframeHeight(page)) - (await contentHeight(frame))), {
						timeout: 5000
					})
					.toBeLessThanOrEqual(2);
				const scroll = await frame.evaluate(() => ({
					scrollHeight: document.documentElement.scrollHeight,
					clientHeight: document.documentElement.clientHeight,
					scrollWidth: document.documentElement.scrollWidth,
					clientWidth: document.documentElement.clientWidth
				}));
				expect(scroll.scrollHeight, `no inner scrollbar at ${width}px`).toBeLessThanOrEqual(
					scroll.clientHeight
				);
				expect(scroll.scrollWidth).toBeLessThanOrEqual(scroll.clientWidth);
				expect(await frame.locator('svg[role="img"]:visible').count()).toBe(1);
				await expectSources(frame, id, 'en', scroll.clientHeight);
				expectNoProblems(tracked);
				await tracked.close();
			}
		}
	);

	it('ignores messages from other windows, non-numeric heights and absurd heights', async () => {
		hostWith(await snippetFor('japan-investment'));
		const tracked = await chromium.open({ viewport: { width: 800, height: 900 } });
		const { page } = tracked;
		await page.goto(host.origin(), { waitUntil: 'networkidle' });
		const frame = await embedFrame(page);
		await expect
			.poll(async () => Math.abs((await iframeHeight(page)) - (await contentHeight(frame))))
			.toBeLessThanOrEqual(2);
		const settled = await iframeHeight(page);
		const settle = () => page.waitForTimeout(300);

		// The host's own window, and a frame the loader does not manage, say 700.
		await page.evaluate(() => window.postMessage({ 'datawrapper-height': { x: 700 } }, '*'));
		await page.evaluate(() => {
			const other = document.createElement('iframe');
			other.srcdoc = `<script>parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 700 }, '*')</script>`;
			document.body.append(other);
		});
		await settle();
		expect(await iframeHeight(page)).toBe(settled);

		// Our own frame, saying something that is not a sane height.
		for (const bad of ['700px; background: red', 'abc', 1e9, -50, null, { height: 700 }]) {
			await frame.evaluate((h) => parent.postMessage({ 'datawrapper-height': { x: h } }, '*'), bad);
			await frame.evaluate(
				(h) => parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: h }, '*'),
				bad
			);
		}
		await settle();
		expect(await iframeHeight(page)).toBe(settled);

		// And the same frame saying a sane height is obeyed: the checks above could have failed.
		await frame.evaluate(() =>
			parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 700 }, '*')
		);
		await expect.poll(() => iframeHeight(page)).toBe(700);
		expect(page.url()).toBe(`${host.origin()}/`);
		await tracked.close();
	});
});

describe('framing rules', () => {
	it('lets any site frame an embed, but refuses to be framed for every other page', async () => {
		hostWith(
			`<iframe id="page" src="${siteURL(chartPage('en', 'japan-investment'))}"></iframe>` +
				`<iframe id="embed" src="${siteURL('/en/embed/japan-investment')}"></iframe>`
		);
		const tracked = await chromium.open();
		const { page } = tracked;
		await page.goto(host.origin(), { waitUntil: 'networkidle' });
		const frameOf = (path: string) =>
			page.frames().find((f) => f !== page.mainFrame() && f.url().includes(path));
		const embed = frameOf('/en/embed/japan-investment');
		expect(await embed?.locator('h1').textContent()).toContain('Japan has invested');
		const blocked = page.frames().find((f) => f !== page.mainFrame() && f !== embed)!;
		const shown = await blocked.evaluate(() => document.body?.innerText ?? '').catch(() => '');
		expect(shown, 'the chart page must not render inside another site').not.toContain(
			'Japan has invested'
		);
		expect(blocked.url()).not.toContain('/charts/japan-investment');
		await tracked.close();
	});
});

describe('the embed page itself', () => {
	it('shows its chart, title and source with JavaScript off', async () => {
		const tracked = await chromium.open({
			javaScriptEnabled: false,
			viewport: { width: 400, height: 800 }
		});
		const { page } = tracked;
		await visit(page, '/en/embed/overland-cargo-share');
		const svg = page.locator('svg[role="img"]:visible').first();
		const box = (await svg.boundingBox())!;
		expect(box.width).toBeGreaterThanOrEqual(360);
		expect(box.height).toBeGreaterThan(150);
		expect(await page.locator('h1').textContent()).toContain('More than 80%');
		expect(await page.locator('.source').textContent()).toContain('20\u00a0December 2025');
		expect(await page.locator('header, nav').count()).toBe(0);
		await expectSources(page, 'overland-cargo-share', 'en', Infinity);
		await tracked.close();
	});

	it('quotes the sentence in the article’s language, with our translation labelled in the others', async () => {
		for (const lang of ['kk', 'en', 'ru'] as const) {
			const tracked = await chromium.open({ viewport: { width: 320, height: 800 } });
			await visit(tracked.page, `/${lang}/embed/visit-agreements`);
			await expectSources(tracked.page, 'visit-agreements', lang, Infinity);
			expectNoProblems(tracked);
			await tracked.close();
		}
	});

	it('follows the reader’s dark setting, and /light or /dark forces one', async () => {
		const background = async (path: string, colorScheme: 'light' | 'dark') => {
			const tracked = await chromium.open({ colorScheme });
			await visit(tracked.page, path);
			const bg = await tracked.page.evaluate(
				() => getComputedStyle(document.documentElement).backgroundColor
			);
			await tracked.close();
			return bg;
		};
		const white = 'rgb(255, 255, 255)';
		expect(await background('/en/embed/japan-investment', 'light')).toBe(white);
		expect(await background('/en/embed/japan-investment', 'dark')).not.toBe(white);
		expect(await background('/en/embed/japan-investment/light', 'dark')).toBe(white);
		expect(await background('/en/embed/japan-investment/dark', 'light')).not.toBe(white);
	});
});

describe('oEmbed', () => {
	it('is announced by each chart page and answers with the iframe snippet', async () => {
		const tracked = await chromium.open();
		const { page } = tracked;
		await visit(page, chartPage('en', 'visit-agreements'));
		const href = await page
			.locator('link[rel="alternate"][type="application/json+oembed"]')
			.getAttribute('href');
		expect(href).toMatch(/\/charts\/visit-agreements\/oembed\.json$/);
		const response = await page.request.get(siteURL(new URL(href!).pathname));
		expect(response.headers()['content-type']).toMatch(/^application\/json/);
		const oembed = await response.json();
		expect(oembed).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'derek' });
		expect(oembed.html).toBe(await page.locator('pre[data-snippet="iframe"]').textContent());
		expect(oembed.width).toBeGreaterThan(0);
		expect(oembed.height).toBeGreaterThan(0);
		await tracked.close();
	});
});
