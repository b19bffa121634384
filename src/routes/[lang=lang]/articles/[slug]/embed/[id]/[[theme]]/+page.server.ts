import type { Lang } from '$lib/data/types';
import { chartEntries } from '$lib/server/entries';
import { checkTheme, embedPage, embedParams } from '$lib/server/embed';
import { chartAt } from '$lib/server/library';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => embedParams(chartEntries());

export const load: PageServerLoad = ({ params }) => {
	checkTheme(params.theme);
	const { article, chart } = chartAt(params.slug, params.id);
	return embedPage(article, chart, params.lang as Lang);
};
