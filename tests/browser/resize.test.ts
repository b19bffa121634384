// (e) The chart follows its container when the window narrows: the server draws it at a few widths
// and CSS shows the widest that fits, scaled to fill it; the page's script does not move anything,
// so the figure is as tall with JavaScript as without.
import { describe, expect, it } from 'vitest';
import { MAX_SCALE, VARIANT_WIDTHS } from '../../src/lib/charts/core/theme';
import { expectNoProblems, measureChart, visit, useBrowser, EXPECTED_IDS } from './browser';

const chromium = useBrowser({ cards: true });

/** How far the svg is from filling the figure's content box. */
function widthMismatch(box: Awaited<ReturnType<typeof measureChart>>): number {
	return Math.abs(box.svg.width - box.figure.contentWidth);
}

/** How much the shown copy is scaled from the size it was laid out at (1 = as drawn). */
function scaleOf(box: Awaited<ReturnType<typeof measureChart>>): number {
	return box.svg.width / Number(box.svg.widthAttr);
}

describe('resizing', () => {
	it('fits each chart to its container when the viewport goes from 1280 to 400 wide, text scaled by at most a third', async () => {
		expect(chromium.cards.map((card) => card.id)).toEqual(EXPECTED_IDS);
		const tracked = await chromium.open({ viewport: { width: 1280, height: 800 } });
		const { page } = tracked;
		for (const card of chromium.cards) {
			await page.setViewportSize({ width: 1280, height: 800 });
			await visit(page, card.pathname);
			const wide = await measureChart(page);
			expect(
				widthMismatch(wide),
				`svg vs figure width on ${card.pathname} at 1280`
			).toBeLessThanOrEqual(2);

			await page.setViewportSize({ width: 400, height: 800 });
			await expect
				.poll(async () => widthMismatch(await measureChart(page)), {
					message: `svg vs figure width on ${card.pathname} after resizing to 400`,
					timeout: 5_000
				})
				.toBeLessThanOrEqual(2);
			const narrow = await measureChart(page);
			expect(narrow.figure.contentWidth).toBeLessThan(wide.figure.contentWidth);
			for (const [box, at] of [
				[wide, 1280],
				[narrow, 400]
			] as const) {
				const scale = scaleOf(box);
				expect(scale, `scale of the chart on ${card.pathname} at ${at}`).toBeGreaterThanOrEqual(
					0.999
				);
				expect(scale, `scale of the chart on ${card.pathname} at ${at}`).toBeLessThanOrEqual(4 / 3);
			}
			expect(
				narrow.scrollWidth,
				`horizontal overflow on ${card.pathname} at 400`
			).toBeLessThanOrEqual(narrow.innerWidth);
		}
		expectNoProblems(tracked);
		await tracked.close();
	});

	it('shows the widest copy that fits its container (the container queries made from VARIANT_WIDTHS)', async () => {
		const tracked = await chromium.open({ viewport: { width: 1400, height: 800 } });
		const { page } = tracked;
		await visit(page, chromium.cards[0]!.pathname);
		const narrowest = VARIANT_WIDTHS[0];
		const widest = VARIANT_WIDTHS.at(-1)!;
		const containers = [300, ...VARIANT_WIDTHS.flatMap((w) => [w - 1, w]), 1000, 1300].filter(
			(w) => w >= 300
		);
		for (const container of containers) {
			const shown = await page.evaluate((width) => {
				const chart = document.querySelector<HTMLElement>('figure[data-chart] .chart')!;
				chart.style.width = `${width}px`;
				return [...chart.querySelectorAll<HTMLElement>('[data-variant]')]
					.filter((v) => v.getBoundingClientRect().width > 0)
					.map((v) => ({
						variant: Number(v.dataset.variant),
						svg: Math.round(v.querySelector('svg')!.getBoundingClientRect().width)
					}));
			}, container);
			const fits = VARIANT_WIDTHS.filter((w) => w <= container).at(-1) ?? narrowest;
			const drawn =
				fits === widest ? Math.min(container, Math.floor(widest * MAX_SCALE)) : container;
			expect(shown, `copies shown in a ${container}px container`).toEqual([
				{ variant: fits, svg: drawn }
			]);
		}
		expectNoProblems(tracked);
		await tracked.close();
	});

	for (const viewport of [
		{ width: 1280, height: 800 },
		{ width: 400, height: 800 }
	]) {
		it(`keeps each figure's height when the page's script runs (${viewport.width}px wide)`, async () => {
			const withJs = await chromium.open({ viewport });
			const withoutJs = await chromium.open({ viewport, javaScriptEnabled: false });
			for (const card of chromium.cards) {
				await visit(withJs.page, card.pathname);
				await visit(withoutJs.page, card.pathname);
				const scripted = await measureChart(withJs.page);
				const server = await measureChart(withoutJs.page);
				expect(
					Math.abs(scripted.figure.height - server.figure.height),
					`figure height on ${card.pathname} at ${viewport.width}px: ${server.figure.height} without JavaScript, ${scripted.figure.height} with`
				).toBeLessThanOrEqual(1);
			}
			expectNoProblems(withJs);
			expectNoProblems(withoutJs);
			await withJs.close();
			await withoutJs.close();
		});
	}
});
