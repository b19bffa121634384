import { validateDataset } from '$lib/data/validate';
import type { Chart } from '$lib/data/types';
import { realData } from './raw-data';

/** The validated real dataset, as the site uses it. */
export const dataset = validateDataset(realData());

/** A chart of the real data by id; fails the test when it is gone. */
export function chartById(id: string): Chart {
	const chart = dataset.charts.find((c) => c.id === id);
	if (!chart) throw new Error(`no chart "${id}" in the seed article's charts.json`);
	return chart;
}
