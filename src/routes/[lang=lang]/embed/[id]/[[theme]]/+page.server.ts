// The legacy article's embeds at their first addresses: host pages frame them, and their height
// messages keep the chart's id.
import type { Lang } from '$lib/data/types';
import { chartAddress } from '$lib/server/addresses';
import { legacyChartEntries } from '$lib/server/entries';
import { checkTheme, embedParams } from '$lib/server/embed';
import { chartAt, legacyArticle } from '$lib/server/library';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => embedParams(legacyChartEntries());

export const load: PageServerLoad = ({ params }) => {
	checkTheme(params.theme);
	const { article, chart } = chartAt(legacyArticle()?.slug, params.id);
	const lang = params.lang as Lang;
	return {
		slug: article.slug,
		chart,
		article: article.meta,
		pageUrl: chartAddress(article, chart, lang).page
	};
};
