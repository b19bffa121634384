import { error } from '@sveltejs/kit';
import { citeChart } from '$lib/cite';
import { iframeSnippet, imageSnippet, markdownSnippet } from '$lib/embed/snippets';
import { FORMATS, fileName } from '$lib/export/file-names';
import { articleMeta, dataset, findChart } from '$lib/server/dataset';
import { embedTarget } from '$lib/server/embed';
import { chartUrl } from '$lib/server/site';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => dataset.charts.map((c) => ({ id: c.id }));

export const load: PageServerLoad = ({ params }) => {
	const found = findChart(params.id);
	if (!found) error(404, `No chart has the id "${params.id}"`);
	const { chart, prev, next } = found;
	const link = (c: typeof prev) => c && { id: c.id, title: c.title };
	const article = articleMeta();
	const url = chartUrl(chart.id);
	const target = embedTarget(chart);
	const downloads = FORMATS.map((format) => ({ format, name: fileName(chart, format) }));
	return {
		chart,
		prev: link(prev),
		next: link(next),
		article,
		url,
		downloads,
		citation: citeChart(chart, article, url),
		snippets: {
			iframe: iframeSnippet(target),
			image: imageSnippet(target),
			markdown: markdownSnippet(target)
		},
		oembed: `${url}/oembed.json`
	};
};
