import type { Lang } from '$lib/data/types';
import { chartAddress } from '$lib/server/addresses';
import { chartEntries } from '$lib/server/entries';
import { checkTheme, embedParams } from '$lib/server/embed';
import { chartAt } from '$lib/server/library';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => embedParams(chartEntries());

export const load: PageServerLoad = ({ params }) => {
	checkTheme(params.theme);
	const { article, chart } = chartAt(params.slug, params.id);
	const lang = params.lang as Lang;
	return {
		slug: article.slug,
		chart,
		article: article.meta,
		pageUrl: chartAddress(article, chart, lang).page
	};
};
