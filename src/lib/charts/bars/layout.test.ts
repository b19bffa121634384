import { describe, expect, it } from 'vitest';
import { measureText } from '$lib/text/measure';
import { makeFact, nb } from '../../../../tests/unit/factories';
import { TYPE } from '../core/theme';
import { layoutBars } from './layout';

// Three figures of three kinds, as a comparison chart draws them.
const money = [
	makeFact({ id: 'trade', value: 2e9 }),
	makeFact({
		id: 'stock',
		value: 8.5e9,
		bound: 'more-than',
		kind: { kk: 'жиынтық инвестиция', en: 'investment to date', ru: 'накопленные инвестиции' },
		period: { kk: '2030 жылға дейін', en: 'up to 2030', ru: 'до 2030 года' }
	}),
	makeFact({
		id: 'deals',
		value: 3.7e9,
		bound: 'at-least',
		kind: {
			kk: 'келісімдер құны',
			en: 'value of deals signed',
			ru: 'стоимость подписанных сделок'
		},
		period: { kk: 'бір сапарда', en: 'one visit', ru: 'один визит' }
	})
];

describe('layoutBars', () => {
	it('starts every bar at zero and makes lengths proportional to values', () => {
		const l = layoutBars(money, 640, 'en');
		expect(l.x(0)).toBe(0);
		const [trade, investment, value] = l.rows;
		expect(trade!.barEnd / investment!.barEnd).toBeCloseTo(2 / 8.5, 4);
		expect(value!.barEnd / investment!.barEnd).toBeCloseTo(3.7 / 8.5, 4);
	});

	it('gives a lower bound an open tail and a "+" label, and an exact figure neither', () => {
		const [trade, investment, deals] = layoutBars(money, 640, 'en').rows;
		expect(deals!.tailEnd).toBeGreaterThan(deals!.barEnd);
		expect(deals!.valueLabel).toBe(nb('$3.7~bn+'));
		expect(trade!.tailEnd).toBe(trade!.barEnd);
		expect(trade!.valueLabel).toBe(nb('$2~bn'));
		expect(investment!.tailEnd).toBeGreaterThan(investment!.barEnd);
		expect(investment!.valueLabel).toBe(nb('$8.5~bn+'));
	});

	it('says what kind of figure each bar is', () => {
		expect(layoutBars(money, 640, 'en').rows.map((r) => r.sub)).toEqual([
			'trade in one year · 2030',
			'investment to date · up to 2030',
			'value of deals signed · one visit'
		]);
	});

	it.each([280, 360, 640, 1000])('fits every label inside %ipx', (width) => {
		const l = layoutBars(money, width, 'en');
		for (const row of l.rows) {
			expect(measureText(row.label, { size: TYPE.label, weight: 700 })).toBeLessThanOrEqual(width);
			expect(measureText(row.sub, { size: TYPE.sub })).toBeLessThanOrEqual(width);
			const end = row.valueX + measureText(row.valueLabel, { size: TYPE.value, weight: 700 });
			expect(end).toBeLessThanOrEqual(width);
			expect(row.tailEnd).toBeLessThanOrEqual(width);
		}
	});

	it('keeps the same height at every width: a bar’s labels sit on one row above it', () => {
		const heights = [280, 400, 640, 1200].map((w) => layoutBars(money, w, 'en').height);
		expect(new Set(heights).size).toBe(1);
		expect(layoutBars(money.slice(0, 1), 640, 'en').height).toBeLessThan(heights[0]!);
	});

	it('labels the axis from $0', () => {
		const ticks = layoutBars(money, 640, 'en').ticks;
		expect(ticks[0]).toMatchObject({ value: 0, x: 0, label: '$0' });
		expect(ticks.map((t) => t.label)).toContain(nb('$8~bn'));
	});
});
