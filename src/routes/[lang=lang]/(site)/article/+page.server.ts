import { articleRuns } from '$lib/article-view';
import { articleMeta, dataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	article: articleMeta(),
	paragraphs: articleRuns(
		dataset.article.paragraphs,
		dataset.facts,
		dataset.statements,
		dataset.charts
	),
	notCharted: dataset.notCharted
});
