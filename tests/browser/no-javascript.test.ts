// (c) Server first: with JavaScript off, every chart page still shows its chart at a
// sensible size, and its quote with the number marked.
import { describe, expect, it } from 'vitest';
import {
	expectNoProblems,
	measureChart,
	siteURL,
	textOf,
	useBrowser,
	EXPECTED_IDS
} from './browser';

const chromium = useBrowser({ cards: true });

const viewports = [
	{ width: 1280, height: 800, minWidth: 280, minHeight: 100 },
	{ width: 360, height: 740, minWidth: 250, minHeight: 1 }
];

describe('chart pages with JavaScript off', () => {
	it('the gallery lists charts without JavaScript', () => {
		expect(chromium.cards.map((card) => card.id)).toEqual(EXPECTED_IDS);
	});

	for (const { width, height, minWidth, minHeight } of viewports) {
		it(`draws each chart at least ${minWidth}px wide at a ${width}x${height} viewport, with its quote`, async () => {
			const tracked = await chromium.open({
				javaScriptEnabled: false,
				viewport: { width, height }
			});
			const { page } = tracked;
			for (const card of chromium.cards) {
				const response = await page.goto(siteURL(card.pathname), { waitUntil: 'networkidle' });
				expect(response?.status(), card.pathname).toBe(200);
				expect(await textOf(page, 'h1'), card.pathname).toBe(card.title);

				const { svg } = await measureChart(page);
				expect(svg.width, `svg width on ${card.pathname}`).toBeGreaterThanOrEqual(minWidth);
				expect(svg.height, `svg height on ${card.pathname}`).toBeGreaterThanOrEqual(minHeight);

				// A page may quote several sentences (one per figure): each shows its number marked.
				const quotes = await page.locator('blockquote[lang="kk"]').evaluateAll((all) =>
					all.map((quote) => ({
						visible: quote.getBoundingClientRect().height > 0,
						mark: quote.querySelector('mark')?.textContent?.trim() ?? ''
					}))
				);
				expect(quotes.length, `quotes on ${card.pathname}`).toBeGreaterThan(0);
				for (const quote of quotes) {
					expect(quote.visible, `quote visible on ${card.pathname}`).toBe(true);
					// A number in digits, or in words as in «бір пайыздан төмен» (below one percent).
					expect(quote.mark, `marked number in a quote on ${card.pathname}`).toMatch(/\d|бір/);
				}
			}
			expectNoProblems(tracked);
			await tracked.close();
		});
	}
});
