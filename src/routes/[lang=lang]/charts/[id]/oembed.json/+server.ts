// The legacy article's oEmbed documents at their first addresses, with their first bytes.
import type { Lang } from '$lib/data/types';
import { legacyChartAddress } from '$lib/server/addresses';
import { oembedResponse } from '$lib/server/chart-files';
import { legacyChartEntries } from '$lib/server/entries';
import { chartAt, legacyArticle } from '$lib/server/library';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = legacyChartEntries;

export const GET: RequestHandler = ({ params }) => {
	const lang = params.lang as Lang;
	const { article, chart } = chartAt(legacyArticle()?.slug, params.id);
	return oembedResponse(article, chart, lang, legacyChartAddress(chart, lang));
};
