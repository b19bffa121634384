import { error } from '@sveltejs/kit';
import { dataset, findChart } from '$lib/server/dataset';
import type { EntryGenerator, PageServerLoad } from './$types';

// The first permalinks were /charts/<id>, before languages: they keep working, leading to the
// English page.
export const entries: EntryGenerator = () => dataset.charts.map((c) => ({ id: c.id }));

export const load: PageServerLoad = ({ params }) => {
	const chart = findChart(params.id)?.chart;
	if (!chart) error(404, `No chart has the id "${params.id}"`);
	return { id: chart.id, title: chart.title.en };
};
