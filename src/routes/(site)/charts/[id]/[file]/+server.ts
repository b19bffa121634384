import { error } from '@sveltejs/kit';
import { exportFile } from '$lib/export/files';
import { FORMATS, fileName, formatOf } from '$lib/export/file-names';
import { articleMeta, dataset, findChart } from '$lib/server/dataset';
import { chartUrl } from '$lib/server/site';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	dataset.charts.flatMap((chart) =>
		FORMATS.map((fmt) => ({ id: chart.id, file: fileName(chart, fmt) }))
	);

export const GET: RequestHandler = ({ params }) => {
	const chart = findChart(params.id)?.chart;
	const fmt = chart && formatOf(chart, params.file);
	if (!chart || !fmt) error(404, `No file ${params.file} for chart "${params.id}"`);
	const file = exportFile(chart, fmt, articleMeta(), chartUrl(chart.id));
	return new Response(file.body, { headers: { 'content-type': file.type } });
};
