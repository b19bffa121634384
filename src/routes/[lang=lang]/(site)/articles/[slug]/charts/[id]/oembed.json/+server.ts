import type { Lang } from '$lib/data/types';
import { chartAddress } from '$lib/server/addresses';
import { oembedResponse } from '$lib/server/chart-files';
import { chartEntries } from '$lib/server/entries';
import { chartAt } from '$lib/server/library';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = chartEntries;

export const GET: RequestHandler = ({ params }) => {
	const lang = params.lang as Lang;
	const { article, chart } = chartAt(params.slug, params.id);
	return oembedResponse(article, chart, lang, chartAddress(article, chart, lang));
};
