// The legacy article's files at their first addresses, with their first names and bytes.
import type { Lang } from '$lib/data/types';
import { legacyChartAddress } from '$lib/server/addresses';
import { chartFileResponse, fileNames } from '$lib/server/chart-files';
import { legacyChartEntries } from '$lib/server/entries';
import { chartAt, legacyArticle } from '$lib/server/library';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	legacyChartEntries().flatMap((e) => {
		const { chart } = chartAt(legacyArticle()?.slug, e.id);
		const lang = e.lang as Lang;
		return fileNames(chart, lang, legacyChartAddress(chart, lang)).map((file) => ({ ...e, file }));
	});

export const GET: RequestHandler = ({ params }) => {
	const lang = params.lang as Lang;
	const { article, chart } = chartAt(legacyArticle()?.slug, params.id);
	return chartFileResponse(article, chart, params.file, lang, legacyChartAddress(chart, lang));
};
