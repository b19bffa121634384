// (d) Every chart page of the gallery, with JavaScript on, at a phone and a desktop width:
// no errors, the chart fits inside its figure, the page does not scroll sideways, and the
// prev/next links follow gallery order.
import { beforeAll, describe, expect, it } from 'vitest';
import {
	galleryCards,
	expectNoProblems,
	linkPath,
	measureChart,
	textOf,
	visit,
	type Card,
	useBrowser
} from './browser';

const chromium = useBrowser();
let cards: Card[];
beforeAll(async () => {
	cards = await galleryCards(chromium.browser);
});

describe('every chart page', () => {
	for (const viewport of [
		{ width: 360, height: 740 },
		{ width: 1280, height: 800 }
	]) {
		it(`loads cleanly and fits a ${viewport.width}px wide viewport`, async () => {
			expect(cards.length).toBeGreaterThanOrEqual(5);
			const tracked = await chromium.open({ viewport });
			const { page } = tracked;
			for (const [index, card] of cards.entries()) {
				const response = await visit(page, card.pathname);
				expect(response?.status(), card.pathname).toBe(200);
				expect(await textOf(page, 'h1'), card.pathname).toBe(card.title);

				const box = await measureChart(page);
				const where = `${card.pathname} at ${viewport.width}px`;
				expect(box.svg.width, `svg width on ${where}`).toBeGreaterThan(0);
				expect(box.svg.height, `svg height on ${where}`).toBeGreaterThan(0);
				expect(box.svg.left, `svg left edge on ${where}`).toBeGreaterThanOrEqual(
					box.figure.left - 1
				);
				expect(box.svg.right, `svg right edge on ${where}`).toBeLessThanOrEqual(
					box.figure.right + 1
				);
				expect(box.scrollWidth, `horizontal overflow on ${where}`).toBeLessThanOrEqual(
					box.innerWidth
				);

				expect(await linkPath(page, 'a[rel="prev"]'), `prev on ${where}`).toBe(
					cards[index - 1]?.pathname ?? null
				);
				expect(await linkPath(page, 'a[rel="next"]'), `next on ${where}`).toBe(
					cards[index + 1]?.pathname ?? null
				);
				expect(
					await page.locator('a[href="/en"]').count(),
					`gallery link on ${where}`
				).toBeGreaterThan(0);
				expect(await textOf(page, '[data-translation]'), `translation on ${where}`).toMatch(
					/translation/i
				);
			}
			expectNoProblems(tracked);
			await tracked.close();
		});
	}
});
