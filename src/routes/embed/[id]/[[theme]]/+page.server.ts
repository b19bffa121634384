import { error } from '@sveltejs/kit';
import { articleMeta, dataset, findChart } from '$lib/server/dataset';
import { chartUrl } from '$lib/server/site';
import type { EntryGenerator, PageServerLoad } from './$types';

const THEMES = ['light', 'dark'];

export const entries: EntryGenerator = () =>
	dataset.charts.flatMap((c) => [{ id: c.id }, ...THEMES.map((theme) => ({ id: c.id, theme }))]);

export const load: PageServerLoad = ({ params }) => {
	const chart = findChart(params.id)?.chart;
	if (!chart || (params.theme !== undefined && !THEMES.includes(params.theme))) {
		error(404, `No embed at this address`);
	}
	return { chart, article: articleMeta(), pageUrl: chartUrl(chart.id) };
};
