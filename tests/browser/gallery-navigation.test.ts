// (a) A reader's path: gallery -> first chart -> next chart, with JavaScript on,
// and nothing going wrong on the way (no console or page errors, no failed requests).
import { describe, expect, it } from 'vitest';
import {
	EXPECTED_IDS,
	GALLERY,
	expectNoProblems,
	linkPath,
	readGallery,
	siteURL,
	textOf,
	visit,
	useBrowser
} from './browser';

const chromium = useBrowser();

describe('gallery to chart pages', () => {
	it('lists the charts as cards, each with an inline chart, a title and the printed figure', async () => {
		const tracked = await chromium.open();
		const { page } = tracked;
		const response = await visit(page, GALLERY);
		expect(response?.status()).toBe(200);
		expect(await textOf(page, 'h1')).not.toBe('');

		const cards = await readGallery(page);
		expect(cards.map((card) => card.id)).toEqual(EXPECTED_IDS);
		for (const card of cards) {
			expect(card.pathname).toMatch(/^\/en\/articles\/[a-z0-9-]+\/charts\/[a-z0-9-]+$/);
			expect(card.title, `title of card ${card.id}`).not.toBe('');
			expect(card.figure, `figure of card ${card.id}`).not.toBe('');
			expect(card.figure, `figure of card ${card.id}`).toMatch(/\d/);
		}
		// Each card shows a chart (a card may hold several layouts, of which CSS shows one).
		const shown = await page.locator('a[data-chart-card]').evaluateAll((all) =>
			all.map((card) =>
				[...card.querySelectorAll('svg[role]')].some((svg) => {
					const box = svg.getBoundingClientRect();
					return box.width > 0 && box.height > 0;
				})
			)
		);
		expect(shown).toEqual(cards.map(() => true));
		expectNoProblems(tracked);
		await tracked.close();
	});

	it('clicks the first card, sees chart and quote, then follows "next" to the second chart', async () => {
		const tracked = await chromium.open();
		const { page } = tracked;
		await visit(page, GALLERY);
		const [first, second] = await readGallery(page);
		if (!first || !second) throw new Error('the gallery needs at least two chart cards');
		expect(first.id).toBe(EXPECTED_IDS[0]);

		await page.locator('a[data-chart-card]').first().click();
		await page.waitForURL(siteURL(first.pathname));
		await expect.poll(() => textOf(page, 'h1')).toBe(first.title);
		await page.waitForLoadState('networkidle');

		const svg = page.locator('figure[data-chart] svg[role]:visible').first();
		await svg.waitFor({ state: 'visible' });
		const box = await svg.boundingBox();
		expect(box?.width).toBeGreaterThan(0);
		expect(box?.height).toBeGreaterThan(0);

		const quote = page.locator('blockquote[lang="kk"]').first();
		await quote.waitFor({ state: 'visible' });
		const mark = await textOf(page, 'blockquote[lang="kk"] mark');
		expect(mark).toMatch(/\d/);
		expect(await textOf(page, 'blockquote[lang="kk"]')).toContain(mark);
		expect(await textOf(page, '[data-translation]')).toMatch(/translation/i);

		expect(await linkPath(page, 'a[rel="prev"]')).toBeNull();
		expect(await page.locator('a[href="/en"]').count()).toBeGreaterThan(0);
		expect(await linkPath(page, 'a[rel="next"]')).toBe(second.pathname);

		await page.locator('a[rel="next"]').first().click();
		await page.waitForURL(siteURL(second.pathname));
		await expect.poll(() => textOf(page, 'h1')).toBe(second.title);
		await page.waitForLoadState('networkidle');
		await page
			.locator('figure[data-chart] svg[role]:visible')
			.first()
			.waitFor({ state: 'visible' });
		expect(await linkPath(page, 'a[rel="prev"]')).toBe(first.pathname);

		expectNoProblems(tracked);
		await tracked.close();
	});
});
