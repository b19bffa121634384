import { describe, expect, it } from 'vitest';
import { measureText } from '$lib/text/measure';
import { chartById } from '../../../../tests/unit/dataset';
import { makeFact, nb } from '../../../../tests/unit/facts';
import { TYPE } from '../theme';
import { layoutBars } from './layout';

const money = chartById('money-figures').facts;

describe('layoutBars', () => {
	it('starts every bar at zero and makes lengths proportional to values', () => {
		const l = layoutBars(money, 640, 'en');
		expect(l.x(0)).toBe(0);
		const [trade, investment, value] = l.rows;
		expect(trade!.barEnd / investment!.barEnd).toBeCloseTo(2 / 8.5, 4);
		expect(value!.barEnd / investment!.barEnd).toBeCloseTo(3.7 / 8.5, 4);
	});

	it('gives a lower bound an open tail and a "+" label, and an exact figure neither', () => {
		const [trade, investment] = layoutBars(money, 640, 'en').rows;
		expect(trade!.tailEnd).toBe(trade!.barEnd);
		expect(trade!.valueLabel).toBe(nb('$2~bn'));
		expect(investment!.tailEnd).toBeGreaterThan(investment!.barEnd);
		expect(investment!.valueLabel).toBe(nb('$8.5~bn+'));
	});

	it('says what kind of figure each bar is', () => {
		const facts = [
			makeFact({ value: 2e9, unit: 'USD', bound: 'exact' }),
			makeFact({
				value: 8.5e9,
				unit: 'USD',
				bound: 'more-than',
				kind: { kk: 'жинақ', en: 'running total', ru: 'итог' }
			})
		];
		expect(layoutBars(facts, 640, 'en').rows.map((r) => r.sub)).toEqual([
			'test kind · test period',
			'running total · test period'
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
