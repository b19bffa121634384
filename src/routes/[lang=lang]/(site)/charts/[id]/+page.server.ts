import { error } from '@sveltejs/kit';
import { citeChart } from '$lib/cite';
import type { Lang } from '$lib/data/types';
import { iframeSnippet, imageSnippet, markdownSnippet } from '$lib/embed/snippets';
import { FORMATS, fileName } from '$lib/export/file-names';
import { articleMeta, findChart } from '$lib/server/dataset';
import { embedTarget } from '$lib/server/embed';
import { chartEntries } from '$lib/server/entries';
import { chartUrl } from '$lib/server/site';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = chartEntries;

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Lang;
	const found = findChart(params.id);
	if (!found) error(404, `No chart has the id "${params.id}"`);
	const { chart, prev, next } = found;
	const link = (c: typeof prev) => c && { id: c.id, title: c.title };
	const article = articleMeta();
	const url = chartUrl(chart.id, lang);
	const target = embedTarget(chart, lang);
	return {
		chart,
		prev: link(prev),
		next: link(next),
		article,
		url,
		downloads: FORMATS.map((format) => ({ format, name: fileName(chart, format, lang) })),
		citation: citeChart(chart, article, url, lang),
		snippets: {
			iframe: iframeSnippet(target),
			image: imageSnippet(target),
			markdown: markdownSnippet(target)
		},
		oembed: `${url}/oembed.json`
	};
};
