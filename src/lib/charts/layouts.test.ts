import { describe, expect, it } from 'vitest';
import { fixtureChart, FIXTURE_CHARTS } from '../../../tests/unit/fixture-charts';
import { LANGS } from '$lib/data/types';
import { layoutChart } from './layouts';
import { NARROW_WIDTH } from './theme';

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
