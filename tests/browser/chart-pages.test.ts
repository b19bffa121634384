// (d) Every chart page of the gallery, with JavaScript on, at a phone and a desktop width:
// no errors, the chart fits inside its figure, the page does not scroll sideways, and the
// prev/next links follow gallery order.
import { describe, expect, it } from 'vitest';
import { PALETTE, PAPER } from '../../src/lib/charts/core/theme';
import {
	expectNoProblems,
	linkPath,
	measureChart,
	textOf,
	visit,
	useBrowser,
	EXPECTED_IDS
} from './browser';

const chromium = useBrowser({ cards: true });

describe('every chart page', () => {
	for (const viewport of [
		{ width: 360, height: 740 },
		{ width: 1280, height: 800 }
	]) {
		it(`loads cleanly and fits a ${viewport.width}px wide viewport`, async () => {
			expect(chromium.cards.map((card) => card.id)).toEqual(EXPECTED_IDS);
			const tracked = await chromium.open({ viewport });
			const { page } = tracked;
			for (const [index, card] of chromium.cards.entries()) {
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
					chromium.cards[index - 1]?.pathname ?? null
				);
				expect(await linkPath(page, 'a[rel="next"]'), `next on ${where}`).toBe(
					chromium.cards[index + 1]?.pathname ?? null
				);
				expect(
					await page.locator('a[href="/en"]').count(),
					`gallery link on ${where}`
				).toBeGreaterThan(0);
				expect(await textOf(page, '[data-translation]'), `translation on ${where}`).toMatch(
					/translation/i
				);
				// The first paint waits for the parser to pass the source line (the largest text):
				// the element named must be that caption, or Chromium holds the paint to the end.
				const held = await page.evaluate(() => {
					const expect = document.querySelector('link[rel="expect"][blocking="render"]');
					const id = expect?.getAttribute('href')?.replace(/^#/, '') ?? '';
					return document.getElementById(id)?.matches('figure > figcaption') ?? false;
				});
				expect(held, `render held until the figure's caption on ${where}`).toBe(true);
			}
			expectNoProblems(tracked);
			await tracked.close();
		});
	}
});

describe('the charts’ colours on the site', () => {
	it('paint every colour of the palette with its light or dark value (the stylesheet made from theme.ts)', async () => {
		const hex = (rgb: string) =>
			'#' +
			(rgb.match(/\d+/g) ?? [])
				.slice(0, 3)
				.map((v) => Number(v).toString(16).padStart(2, '0'))
				.join('');
		for (const colorScheme of ['light', 'dark'] as const) {
			const tracked = await chromium.open({ colorScheme });
			const { page } = tracked;
			const seen = new Map<string, Set<string>>();
			for (const card of chromium.cards) {
				await visit(page, card.pathname);
				const painted = await page.evaluate(() =>
					[
						...document.querySelectorAll(
							'figure[data-chart] svg [fill], figure[data-chart] svg [stroke]'
						)
					]
						.filter((el) => {
							// Shown (a gridline has no width, a baseline no height).
							const r = el.getBoundingClientRect();
							return r.width > 0 || r.height > 0;
						})
						.flatMap((el) =>
							(['fill', 'stroke'] as const)
								.filter((a) => el.getAttribute(a) && el.getAttribute(a) !== 'none')
								.map((a) => [el.getAttribute(a)!, getComputedStyle(el)[a]] as const)
						)
				);
				for (const [attribute, computed] of painted) {
					seen.set(attribute, (seen.get(attribute) ?? new Set()).add(hex(computed)));
				}
				const background = await page.evaluate(
					() => getComputedStyle(document.documentElement).backgroundColor
				);
				expect(hex(background), `page background on ${card.pathname}`).toBe(PAPER[colorScheme]);
			}
			for (const [name, values] of Object.entries(PALETTE)) {
				expect(seen.get(values.light), `${name} (${values.light}) in ${colorScheme}`).toEqual(
					new Set([values[colorScheme]])
				);
			}
			expectNoProblems(tracked);
			await tracked.close();
		}
	});
});
