import { describe, expect, it } from 'vitest';
import { nb } from '../../../tests/unit/factories';
import { fixtureChart, FIXTURE_CHARTS } from '../../../tests/unit/fixture-charts';
import { LANGS } from '$lib/data/types';
import {
	acceptsBound,
	acceptsUnit,
	chartTypeName,
	chartTypes,
	isChartType,
	layoutChart,
	markedFacts,
	refusal
} from './registry';
import WaffleChart from './waffle/WaffleChart.svelte';
import { NARROW_WIDTH } from './core/theme';

describe('layoutChart', () => {
	it.each(FIXTURE_CHARTS.flatMap((c) => LANGS.map((lang) => [c.name, lang] as const)))(
		'lays out %s (%s) no taller at a wider width: text wraps less, nothing is reserved',
		(id, lang) => {
			const chart = fixtureChart(id);
			const heights = [NARROW_WIDTH, 400, 640, 900, 1200].map(
				(w) => layoutChart(chart, w, lang).height
			);
			expect(heights).toEqual([...heights].sort((a, b) => b - a));
		}
	);

	it('lays out a narrower container at the phone width, to be scaled down', () => {
		const layout = layoutChart(fixtureChart('units-more-than'), 280, 'en');
		expect(layout.width).toBe(NARROW_WIDTH);
	});
});

describe('the chart-type registry', () => {
	it('lists every type data/charts.json may name, each with a name in every language', () => {
		expect(chartTypes()).toEqual(['bars', 'change', 'units', 'waffle', 'route-map']);
		for (const type of chartTypes())
			for (const lang of LANGS) expect(chartTypeName(type, lang)).not.toBe('');
		expect(chartTypeName('waffle', 'en')).toBe(nb('Part-of-whole chart of 100~squares'));
	});

	it('refuses a type no folder declares, naming the ones that exist', () => {
		expect(isChartType('pie')).toBe(false);
		expect(() =>
			layoutChart({ ...fixtureChart('bars-exact'), type: 'pie' as never }, 640, 'en')
		).toThrow('unknown chart type "pie": one of "bars", "change", "units", "waffle", "route-map"');
	});

	it('says which units and bounds each type draws truthfully', () => {
		for (const unit of ['USD', 'KZT', 'EUR', 't', 'km', 'count', 'pp', 'times'] as const)
			expect(acceptsUnit('bars', unit), unit).toBe(true);
		// A share is a part of a whole, drawn as one: never a bar.
		expect(acceptsUnit('bars', 'percent')).toBe(false);
		expect(acceptsUnit('waffle', 'percent')).toBe(true);
		expect(acceptsUnit('waffle', 'fraction')).toBe(true);
		expect(acceptsUnit('waffle', 'USD')).toBe(false);
		expect(acceptsUnit('units', 'count')).toBe(true);
		expect(acceptsUnit('route-map', 'km')).toBe(true);
		// An upper bound is hatched squares in the waffle, a dashed outline on a bar; squares of a
		// unit chart would count things the article says may be fewer.
		for (const bound of ['less-than', 'at-most'] as const) {
			expect(acceptsBound('waffle', bound)).toBe(true);
			expect(acceptsBound('bars', bound)).toBe(true);
			expect(acceptsBound('units', bound)).toBe(false);
		}
		for (const type of chartTypes()) {
			expect(acceptsBound(type, 'about'), type).toBe(true);
			expect(acceptsBound(type, 'range'), type).toBe(true);
		}
		expect(acceptsBound('bars', 'more-than')).toBe(true);
	});

	it('draws a change, in percent, points or money, only as a change, and only a change so', () => {
		for (const unit of ['percent', 'pp', 'USD', 'KZT', 't', 'km', 'count'] as const)
			expect(acceptsUnit('change', unit), unit).toBe(true);
		// A factor's zero is 1, not 0: no bar from a zero line draws "doubled".
		expect(acceptsUnit('change', 'times')).toBe(false);
		expect(acceptsUnit('change', 'fraction')).toBe(false);
		const up = fixtureChart('change-exact').facts[0]!;
		const level = { ...up, change: undefined };
		expect(refusal('change', up, { change: true })).toBeUndefined();
		expect(refusal('change', level, { change: false })).toMatch(/is not a change/);
		for (const type of ['bars', 'units', 'waffle', 'route-map'] as const)
			expect(refusal(type, up, { change: true }), type).toMatch(/is a change/);
	});

	it('marks every fact of a bar chart, and the first of the others', () => {
		const facts = fixtureChart('units-more-than').facts;
		expect(markedFacts('units', facts).map((m) => m.fact)).toEqual([facts[0]]);
		expect(markedFacts('bars', facts).map((m) => m.index)).toEqual([0, 1]);
	});

	it('pairs each layout with the component of its own type', () => {
		const drawing = layoutChart(fixtureChart('waffle-exact'), 640, 'en');
		expect(drawing.component).toBe(WaffleChart);
		expect(drawing.layout).toMatchObject({ width: 640, height: drawing.height });
	});
});
