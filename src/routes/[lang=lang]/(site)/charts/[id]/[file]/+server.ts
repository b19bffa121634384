import { error } from '@sveltejs/kit';
import type { Lang } from '$lib/data/types';
import { exportFile } from '$lib/export/files';
import { FORMATS, fileName, formatOf } from '$lib/export/file-names';
import { articleMeta, findChart } from '$lib/server/dataset';
import { chartEntries } from '$lib/server/entries';
import { chartUrl } from '$lib/server/site';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	chartEntries().flatMap(({ lang, id }) => {
		const chart = findChart(id)!.chart;
		return FORMATS.map((fmt) => ({ lang, id, file: fileName(chart, fmt, lang as Lang) }));
	});

export const GET: RequestHandler = async ({ params }) => {
	const lang = params.lang as Lang;
	const chart = findChart(params.id)?.chart;
	const fmt = chart && formatOf(chart, params.file, lang);
	if (!chart || !fmt) error(404, `No file ${params.file} for chart "${params.id}"`);
	const file = await exportFile(chart, fmt, articleMeta(), chartUrl(chart.id, lang), lang);
	return new Response(file.body, { headers: { 'content-type': file.type } });
};
