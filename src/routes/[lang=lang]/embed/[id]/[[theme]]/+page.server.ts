// The legacy article's embeds at their first addresses: host pages frame them, and their height
// messages keep the chart's id.
import type { Lang } from '$lib/data/types';
import { legacyChartEntries } from '$lib/server/entries';
import { checkTheme, embedPage, embedParams } from '$lib/server/embed';
import { chartAt, legacyArticle } from '$lib/server/library';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => embedParams(legacyChartEntries());

export const load: PageServerLoad = ({ params }) => {
	checkTheme(params.theme);
	const { article, chart } = chartAt(legacyArticle()?.slug, params.id);
	return embedPage(article, chart, params.lang as Lang);
};
