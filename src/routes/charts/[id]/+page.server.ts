import { error } from '@sveltejs/kit';
import { articleMeta, dataset, findChart } from '$lib/server/dataset';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => dataset.charts.map((c) => ({ id: c.id }));

export const load: PageServerLoad = ({ params }) => {
	const found = findChart(params.id);
	if (!found) error(404, `No chart has the id "${params.id}"`);
	const { chart, prev, next } = found;
	const link = (c: typeof prev) => c && { id: c.id, title: c.title };
	return { chart, prev: link(prev), next: link(next), article: articleMeta() };
};
