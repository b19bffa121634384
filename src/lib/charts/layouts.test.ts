import { describe, expect, it } from 'vitest';
import { chartById, dataset } from '../../../tests/unit/dataset';
import { layoutChart } from './layouts';
import { NARROW_WIDTH } from './theme';

describe('layoutChart', () => {
	it.each(dataset.charts.map((c) => c.id))(
		'lays out %s at one height from phone to desktop',
		(id) => {
			const chart = chartById(id);
			const heights = [NARROW_WIDTH, 400, 640, 900, 1200].map(
				(w) => layoutChart(chart, w, 'en').height
			);
			expect(new Set(heights).size).toBe(1);
		}
	);

	it('lays out a narrower container at the phone width, to be scaled down', () => {
		const layout = layoutChart(chartById('visit-agreements'), 280, 'en');
		expect(layout.width).toBe(NARROW_WIDTH);
	});
});
