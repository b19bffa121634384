import { describe, expect, it } from 'vitest';
import { chartById, dataset } from '../../../tests/unit/dataset';
import { LANGS } from '$lib/data/types';
import { layoutChart } from './layouts';
import { NARROW_WIDTH } from './theme';

describe('layoutChart', () => {
	it.each(dataset.charts.flatMap((c) => LANGS.map((lang) => [c.id, lang] as const)))(
		'lays out %s (%s) no taller at a wider width: text wraps less, nothing is reserved',
		(id, lang) => {
			const chart = chartById(id);
			const heights = [NARROW_WIDTH, 400, 640, 900, 1200].map(
				(w) => layoutChart(chart, w, lang).height
			);
			expect(heights).toEqual([...heights].sort((a, b) => b - a));
		}
	);

	it('lays out a narrower container at the phone width, to be scaled down', () => {
		const layout = layoutChart(chartById('visit-agreements'), 280, 'en');
		expect(layout.width).toBe(NARROW_WIDTH);
	});
});
