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
		kind: {
			id: 'investment-stock',
			name: { kk: 'жиынтық инвестиция', en: 'investment to date', ru: 'накопленные инвестиции' }
		},
		period: { kk: '2030 жылға дейін', en: 'up to 2030', ru: 'до 2030 года' }
	}),
	makeFact({
		id: 'deals',
		value: 3.7e9,
		bound: 'at-least',
		kind: {
			id: 'deal-value',
			name: {
				kk: 'келісімдер құны',
				en: 'value of deals signed',
				ru: 'стоимость подписанных сделок'
			}
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

describe('layoutBars, for about, an upper bound and a range', () => {
	const bounded = [
		makeFact({ id: 'about', value: 28e8, bound: 'about', hedge: 'шамамен' }),
		makeFact({ id: 'up-to', value: 1.5e9, bound: 'at-most', hedge: 'дейін' }),
		makeFact({ id: 'below', value: 1e9, bound: 'less-than', hedge: 'төмен' }),
		makeFact({ id: 'range', value: 2e9, max: 3e9, bound: 'range' })
	];
	const [about, upTo, below, range] = layoutBars(bounded, 640, 'en').rows;

	it('scales to the highest end any figure reaches, a range’s high end included', () => {
		const l = layoutBars(bounded, 640, 'en');
		expect(range!.bandEnd).toBe(l.x(3e9));
		expect(l.x.domain()).toEqual([0, 3e9]);
	});

	it('draws "about" as a solid bar to its value, marked "~"', () => {
		expect(about!.band).toBe('none');
		expect(about!.barEnd / range!.bandEnd).toBeCloseTo(2.8 / 3, 4);
		expect(about!.valueLabel).toBe('~' + nb('$2.8~bn'));
		expect(about!.sub).toBe('~: about · trade in one year · 2030');
		expect(layoutBars(bounded.slice(0, 1), 640, 'kk').rows[0]!.sub).toMatch(/^~: шамамен · /);
		expect(upTo!.sub).toBe('trade in one year · 2030');
	});

	it('draws an upper bound with no solid bar, an outline to the bound, labelled "up to" or "<"', () => {
		for (const row of [upTo!, below!]) {
			expect(row.barEnd).toBe(0);
			expect(row.band).toBe('upper');
			expect(row.tailEnd).toBe(0);
		}
		expect(upTo!.bandEnd / range!.bandEnd).toBeCloseTo(1.5 / 3, 4);
		expect(below!.bandEnd / range!.bandEnd).toBeCloseTo(1 / 3, 4);
		expect(upTo!.valueLabel).toBe(nb('up to $1.5~bn'));
		expect(below!.valueLabel).toBe(nb('<$1~bn'));
		// The label stands after the bound, never on a filled part the article does not claim.
		expect(upTo!.valueInside).toBe(false);
		expect(upTo!.valueX).toBeGreaterThan(upTo!.bandEnd);
	});

	it('draws a range solid to its low end and a band to its high end, labelled with both', () => {
		expect(range!.band).toBe('range');
		expect(range!.barEnd / range!.bandEnd).toBeCloseTo(2 / 3, 4);
		expect(range!.valueLabel).toBe(nb('$2–3~bn'));
		expect(range!.valueX).toBeGreaterThan(range!.bandEnd);
	});

	it.each([360, 640])('fits the labels after the bands inside %ipx', (width) => {
		for (const row of layoutBars(bounded, width, 'ru').rows) {
			const end = row.valueX + measureText(row.valueLabel, { size: TYPE.value, weight: 700 });
			expect(end).toBeLessThanOrEqual(width);
		}
	});

	it('keeps tick labels apart for a unit written in words', () => {
		const tenge = [makeFact({ value: 5e9, max: 7e9, unit: 'KZT', bound: 'range' })];
		const ticks = layoutBars(tenge, 640, 'en').ticks;
		expect(ticks.length).toBeGreaterThan(2);
		for (let i = 1; i < ticks.length; i++)
			expect(ticks[i - 1]!.x + ticks[i - 1]!.width / 2).toBeLessThan(
				ticks[i]!.x - ticks[i]!.width / 2
			);
		expect(ticks.map((t) => t.label)).toContain(nb('2~bn~tenge'));
	});
});
