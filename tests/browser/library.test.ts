// The site built from the fixture library (tests/fixtures/library: articles in Russian, English
// and Kazakh), walked as a reader walks it: the article list, an article, a chart, its embed and
// back; the language switch keeps the article; and each quote is the verbatim original marked with
// its own language, with our translation under it only where the reader's language is another.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectNoProblems, textOf, useBrowser } from './browser';

const chromium = useBrowser();

const RU = '2026-01-20-kazakhstan-china-trade';
const EN = '2026-01-12-kazakhstan-oil-output';
const KK = '2026-01-15-kazakhstan-grain-exports';
const RU_SENTENCE =
	'Экспорт Казахстана в Китай превысил 15 млрд долларов, а импорт составил около 28 млрд долларов.';

/** An absolute URL on the library's server. */
const libraryURL = (pathname: string) => new URL(pathname, inject('libraryURL')).href;

async function go(page: Page, pathname: string) {
	const response = await page.goto(libraryURL(pathname), { waitUntil: 'networkidle' });
	expect(response?.status(), pathname).toBe(200);
}

/** Follows the first link matching `selector` and waits for its page. */
async function follow(page: Page, selector: string) {
	const href = await page.locator(selector).first().getAttribute('href');
	if (!href) throw new Error(`no link ${selector} on ${page.url()}`);
	await Promise.all([page.waitForURL(new URL(href, page.url()).href), page.click(selector)]);
	await page.waitForLoadState('networkidle');
	return new URL(page.url()).pathname;
}

/** The first source quote of a chart page: its label, sentence, sentence language, translation. */
function firstQuote(page: Page) {
	return page.evaluate(() => {
		const quote = document.querySelector('[data-source-quote]');
		const text = (s: string) =>
			(quote?.querySelector(s)?.textContent ?? '').replace(/\s+/g, ' ').trim();
		return {
			label: text('.label'),
			sentence: text('blockquote'),
			lang: quote?.querySelector('blockquote')?.getAttribute('lang') ?? null,
			translation: quote?.querySelector('[data-translation]') ? text('[data-translation]') : null,
			translationLang: quote?.querySelector('[data-translation]')?.getAttribute('lang') ?? null
		};
	});
}

describe('the fixture library, as a reader walks it', () => {
	it('article list → article → chart → embed → back to the chart', async () => {
		const tracked = await chromium.open();
		const { page } = tracked;
		await go(page, '/en/');
		const listed = await page
			.locator(`a[href="/en/articles/${RU}"]`)
			.first()
			.evaluate((a) => a.textContent?.replace(/\s+/g, ' ').trim());
		expect(listed).toBe('Kazakhstan–China trade grew to $43.8 billion');

		expect(await follow(page, `a[href="/en/articles/${RU}"]`)).toBe(`/en/articles/${RU}`);
		expect(await textOf(page, 'h1')).toBe('Kazakhstan–China trade grew to $43.8 billion');
		expect(await page.locator('.article-text').getAttribute('lang')).toBe('ru');

		const chart = `/en/articles/${RU}/charts/exports-imports`;
		expect(await follow(page, `a[data-chart-card][href="${chart}"]`)).toBe(chart);
		expect(await textOf(page, 'h1')).toBe(
			'Kazakhstan’s exports to China topped $15 bn; imports were about $28 bn'
		);
		expect(await textOf(page, 'td[data-value="15000000000"]')).toBe('more than $15 bn');
		const quote = await firstQuote(page);
		expect(quote.sentence).toBe(RU_SENTENCE);
		expect(quote.lang).toBe('ru');

		// The embed is what the iframe snippet frames: its address is the one a host page uses.
		const snippet = await textOf(page, 'pre[data-snippet="iframe"]');
		const src = /src="([^"]+)"/.exec(snippet)?.[1];
		expect(src, 'the iframe snippet names its embed').toBeDefined();
		const embed = new URL(src!).pathname;
		expect(embed).toBe(`/en/articles/${RU}/embed/exports-imports`);
		await go(page, embed);
		expect(await textOf(page, 'h1')).toBe(
			'Kazakhstan’s exports to China topped $15 bn; imports were about $28 bn'
		);
		expect(await textOf(page, 'blockquote[lang="ru"]')).toBe(RU_SENTENCE);

		const back = await page.locator(`a[href="${chart}"]`).first().getAttribute('href');
		expect(back).toBe(chart);
		await go(page, back!);
		expect(await textOf(page, 'h1')).toBe(
			'Kazakhstan’s exports to China topped $15 bn; imports were about $28 bn'
		);
		expectNoProblems(tracked);
		await tracked.close();
	});

	it('the language switch keeps the article, on the article page and on a chart page', async () => {
		const tracked = await chromium.open();
		const { page } = tracked;
		await go(page, `/en/articles/${EN}`);
		expect(await follow(page, 'nav.languages a[hreflang="kk"]')).toBe(`/kk/articles/${EN}`);
		expect(await textOf(page, 'h1')).toBe(
			'Қазақстанның мұнай өндірісі рекордтық 100 миллион тоннаға жетті'
		);

		await go(page, `/kk/articles/${RU}/charts/china-share`);
		expect(await follow(page, 'nav.languages a[hreflang="ru"]')).toBe(
			`/ru/articles/${RU}/charts/china-share`
		);
		expect(await textOf(page, 'h1')).toBe('На Китай приходится 21% внешней торговли Казахстана');
		expectNoProblems(tracked);
		await tracked.close();
	});

	it('a Russian article: on /en/ the Russian quote and our English translation, on /ru/ the quote alone', async () => {
		const tracked = await chromium.open();
		const { page } = tracked;
		await go(page, `/en/articles/${RU}/charts/exports-imports`);
		expect(await firstQuote(page)).toEqual({
			label: 'Original (Russian)',
			sentence: RU_SENTENCE,
			lang: 'ru',
			translation:
				'Translation (ours, from the Russian original): Kazakhstan’s exports to China exceeded 15 billion dollars, while imports came to about 28 billion dollars.',
			translationLang: 'en'
		});
		await go(page, `/ru/articles/${RU}/charts/exports-imports`);
		expect(await firstQuote(page)).toEqual({
			label: 'Оригинал (на русском)',
			sentence: RU_SENTENCE,
			lang: 'ru',
			translation: null,
			translationLang: null
		});
		expectNoProblems(tracked);
		await tracked.close();
	});

	it('an English article on /kk/: the English quote and our Kazakh translation; on /en/ the quote alone', async () => {
		const tracked = await chromium.open();
		const { page } = tracked;
		const sentence =
			'Kazakhstan produced 100.2 million tonnes of oil and condensate in 2025, up 7.5% from a year earlier, the energy ministry said on Monday.';
		await go(page, `/kk/articles/${EN}/charts/oil-output`);
		const kk = await firstQuote(page);
		expect(kk).toMatchObject({ label: 'Түпнұсқа (ағылшынша)', sentence, lang: 'en' });
		expect(kk.translation).toBe(
			'Аударма (ағылшынша түпнұсқадан біздің аудармамыз): Энергетика министрлігі дүйсенбі күні хабарлағандай, Қазақстан 2025 жылы 100,2 миллион тонна мұнай мен конденсат өндірді, бұл бір жыл бұрынғыдан 7,5% көп.'
		);
		expect(await page.locator('cite[data-verbatim]').first().getAttribute('lang')).toBe('en');
		await go(page, `/en/articles/${EN}/charts/oil-output`);
		expect(await firstQuote(page)).toMatchObject({ sentence, lang: 'en', translation: null });
		expectNoProblems(tracked);
		await tracked.close();
	});

	it('a Kazakh article that may not show its full text shows its quoted sentences, marked kk', async () => {
		const tracked = await chromium.open();
		const { page } = tracked;
		await go(page, `/ru/articles/${KK}`);
		const text = await textOf(page, '.article-text');
		expect(text).toContain(
			'Ауыл шаруашылығы министрлігінің мәліметінше, 2025 жылы Қазақстан 12,4 млн тонна астық экспорттады.'
		);
		expect(text).not.toContain('Министрліктің №3 бұйрығына сәйкес');
		expect(await page.locator('.article-text').getAttribute('lang')).toBe('kk');
		expectNoProblems(tracked);
		await tracked.close();
	});
});
