import { error } from '@sveltejs/kit';
import type { Lang } from '$lib/data/types';
import { articleMeta, findChart } from '$lib/server/dataset';
import { chartEntries } from '$lib/server/entries';
import { chartUrl } from '$lib/server/site';
import type { EntryGenerator, PageServerLoad } from './$types';

const THEMES = ['light', 'dark'];

export const entries: EntryGenerator = () =>
	chartEntries().flatMap((e) => [e, ...THEMES.map((theme) => ({ ...e, theme }))]);

export const load: PageServerLoad = ({ params }) => {
	const chart = findChart(params.id)?.chart;
	if (!chart || (params.theme !== undefined && !THEMES.includes(params.theme))) {
		error(404, `No embed at this address`);
	}
	return { chart, article: articleMeta(), pageUrl: chartUrl(chart.id, params.lang as Lang) };
};
