import type { Lang } from '$lib/data/types';
import { chartAddress } from '$lib/server/addresses';
import { chartFileResponse, fileNames } from '$lib/server/chart-files';
import { chartEntries } from '$lib/server/entries';
import { chartAt } from '$lib/server/library';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	chartEntries().flatMap((e) => {
		const { article, chart } = chartAt(e.slug, e.id);
		const lang = e.lang as Lang;
		return fileNames(chart, lang, chartAddress(article, chart, lang)).map((file) => ({
			...e,
			file
		}));
	});

export const GET: RequestHandler = ({ params }) => {
	const lang = params.lang as Lang;
	const { article, chart } = chartAt(params.slug, params.id);
	return chartFileResponse(article, chart, params.file, lang, chartAddress(article, chart, lang));
};
