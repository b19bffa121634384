// The first chart addresses, /<lang>/charts/<id>, forward to the chart's page under its article.
import type { Lang } from '$lib/data/types';
import { legacyChartEntries } from '$lib/server/entries';
import { chartAt, legacyArticle } from '$lib/server/library';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = legacyChartEntries;

export const load: PageServerLoad = ({ params }) => {
	const { article, chart } = chartAt(legacyArticle()?.slug, params.id);
	return { slug: article.slug, id: chart.id, title: chart.title[params.lang as Lang] };
};
