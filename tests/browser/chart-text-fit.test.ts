// Pages are drawn in the reader's own fonts, and the charts' text is laid out on the server with
// Noto Sans's metrics: every text of every chart must take no more room in another font than in
// Noto Sans, so that it stays inside the box it was laid out for. DejaVu Sans, wider than Noto
// Sans and Linux's usual default, stands for a reader without Noto Sans. (Glyphs may overhang
// their advance by a fraction of a pixel: 1 % and half a pixel are allowed.)
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPECTED_IDS, launchBrowser, openPage, visit } from './browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const FALLBACK = 'DejaVu Sans';

/** Every visible chart's texts: the width each is drawn at, and the chart's own width. */
const drawnTexts = (page: Page) =>
	page.evaluate(() =>
		[...document.querySelectorAll('svg[role="img"], svg[role="group"]')]
			.filter((svg) => svg.getBoundingClientRect().width > 0)
			.flatMap((svg, chart) => {
				const root = svg as SVGSVGElement;
				const width = root.viewBox.baseVal.width;
				return [...root.querySelectorAll('text')].map((text, i) => {
					const box = text.getBBox();
					return {
						id: `chart ${chart}, text ${i} «${(text.textContent ?? '').trim().slice(0, 40)}»`,
						width: box.width,
						left: box.x,
						right: box.x + box.width,
						chartWidth: width
					};
				});
			})
	);

/**
 * Draws every chart text in `family` instead of the font stack the chart names. Set through each
 * element's style property, which the pages' CSP does not govern (it allows no inline style tag).
 */
const drawIn = (page: Page, family: string) =>
	page.evaluate((family) => {
		for (const el of document.querySelectorAll<SVGElement>('svg text, svg tspan'))
			el.style.setProperty('font-family', `'${family}'`, 'important');
	}, family);

describe('chart text in a fallback font', () => {
	it.each(['en', 'kk', 'ru'])(
		'fits the box Noto Sans was measured for, on every %s chart',
		async (lang) => {
			const tracked = await openPage(browser, { viewport: { width: 800, height: 900 } });
			const { page } = tracked;
			for (const id of EXPECTED_IDS) {
				await visit(page, `/${lang}/charts/${id}`);
				await drawIn(page, 'Noto Sans');
				const noto = await drawnTexts(page);
				await drawIn(page, FALLBACK);
				const fallback = await drawnTexts(page);
				expect(fallback.length, id).toBe(noto.length);
				expect(noto.length, `${id} has text`).toBeGreaterThan(0);
				for (const [i, text] of fallback.entries()) {
					const measured = noto[i]!;
					expect(
						text.width,
						`${id}, ${text.id}: width in ${FALLBACK} vs Noto Sans`
					).toBeLessThanOrEqual(measured.width * 1.01 + 0.5);
					expect(text.left, `${id}, ${text.id}`).toBeGreaterThanOrEqual(-1);
					expect(text.right, `${id}, ${text.id}`).toBeLessThanOrEqual(text.chartWidth + 1);
				}
			}
			// The fallback must really be another, wider font, or the checks above prove nothing.
			const probe = await page.evaluate((family) => {
				const span = (font: string) => {
					const el = document.body.appendChild(document.createElement('span'));
					el.style.font = `16px '${font}'`;
					el.textContent = 'Қазақстан мен Жапония';
					const width = el.getBoundingClientRect().width;
					el.remove();
					return width;
				};
				return { noto: span('Noto Sans'), fallback: span(family) };
			}, FALLBACK);
			expect(probe.fallback, `${FALLBACK} is installed and wider than Noto Sans`).toBeGreaterThan(
				probe.noto * 1.03
			);
			await tracked.close();
		}
	);
});
