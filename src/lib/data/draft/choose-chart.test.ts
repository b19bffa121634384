import { describe, expect, it } from 'vitest';
import { CURRENCIES } from '../reader/types';
import { chooseChart, SMALL_COUNT } from './choose-chart';

const fig = (unit: string, value: number | null, bound = 'exact', more = {}) =>
	({ unit, value, bound, ...more }) as Parameters<typeof chooseChart>[0];
const WITH_CHANGE = ['bars', 'change', 'units', 'waffle', 'route-map'];

describe('chooseChart: a chart that draws the figure truthfully', () => {
	it.each(CURRENCIES)('money in %s is a bar, at every bound', (unit) => {
		for (const bound of ['exact', 'about', 'more-than', 'at-least', 'less-than', 'at-most'])
			expect(chooseChart(fig(unit, 8.5e9, bound))).toEqual({ type: 'bars' });
		expect(chooseChart(fig(unit, 5e6, 'range', { max: 7e6 }))).toEqual({ type: 'bars' });
	});
	it('tonnes, kilometres, factors and percentage points are bars (a km route map needs routes)', () => {
		for (const unit of ['t', 'km', 'times', 'pp'])
			expect(chooseChart(fig(unit, 3000))).toEqual({ type: 'bars' });
	});
	it('a small count is unit squares; one too large to count, or an upper bound, is a bar', () => {
		expect(chooseChart(fig('count', 60, 'more-than'))).toEqual({ type: 'units' });
		expect(chooseChart(fig('count', SMALL_COUNT))).toEqual({ type: 'units' });
		expect(chooseChart(fig('count', SMALL_COUNT + 1))).toEqual({ type: 'bars' });
		expect(chooseChart(fig('count', 90, 'range', { max: 120 }))).toEqual({ type: 'bars' });
		expect(chooseChart(fig('count', 6500))).toEqual({ type: 'bars' });
		// Solid squares up to "fewer than 20" would count things that may not be there.
		expect(chooseChart(fig('count', 20, 'less-than'))).toEqual({ type: 'bars' });
	});
	it('a share between 0 and 100 % is a waffle, at every bound', () => {
		for (const bound of ['exact', 'about', 'more-than', 'at-least', 'less-than', 'at-most'])
			expect(chooseChart(fig('percent', 40, bound))).toEqual({ type: 'waffle' });
		expect(chooseChart(fig('percent', 1.5, 'range', { max: 1.8 }))).toEqual({ type: 'waffle' });
		expect(chooseChart(fig('fraction', 0.25, 'about'))).toEqual({ type: 'waffle' });
	});
	it('a fraction over the whole is no share, and no chart here draws it', () => {
		expect(chooseChart(fig('fraction', 1.5))).toEqual({ none: 'no-type' });
	});
	it('a change is a signed bar, never a share or a bar of a level', () => {
		for (const unit of ['percent', 'times', 'KZT', 'count'])
			expect(chooseChart(fig(unit, 9, 'exact', { change: true }), WITH_CHANGE)).toEqual({
				type: 'change'
			});
		expect(chooseChart(fig('times', 2, 'less-than', { change: true }), WITH_CHANGE)).toEqual({
			type: 'change'
		});
	});
	it('without the change type, a change gets no chart at all', () => {
		expect(chooseChart(fig('percent', 62, 'exact', { change: true }), ['bars', 'waffle'])).toEqual({
			none: 'no-type'
		});
	});
	it('dates and years are not charted', () => {
		expect(chooseChart(fig('date', null))).toEqual({ none: 'date' });
		expect(chooseChart(fig('year', 2025))).toEqual({ none: 'year' });
	});
});
