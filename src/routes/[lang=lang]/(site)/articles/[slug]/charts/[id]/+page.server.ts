import { citeChart } from '$lib/cite';
import type { Lang } from '$lib/data/types';
import { iframeSnippet, imageSnippet, markdownSnippet } from '$lib/embed/snippets';
import { FORMATS, fileName } from '$lib/export/file-names';
import { chartAddress } from '$lib/server/addresses';
import { embedTarget } from '$lib/server/embed';
import { chartEntries } from '$lib/server/entries';
import { chartAt } from '$lib/server/library';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = chartEntries;

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Lang;
	const { article, chart, prev, next } = chartAt(params.slug, params.id);
	const link = (c: typeof prev) => c && { id: c.id, title: c.title };
	const address = chartAddress(article, chart, lang);
	const target = embedTarget(chart, article.meta, address, lang);
	return {
		slug: article.slug,
		chart,
		prev: link(prev),
		next: link(next),
		article: article.meta,
		url: address.page,
		downloads: FORMATS.map((format) => ({ format, name: fileName(chart, format, lang) })),
		citation: citeChart(chart, article.meta, address.page, lang),
		snippets: {
			iframe: iframeSnippet(target),
			image: imageSnippet(target),
			markdown: markdownSnippet(target)
		},
		oembed: address.oembed
	};
};
