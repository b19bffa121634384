import { articleMeta, dataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	charts: dataset.charts,
	statements: dataset.statements,
	article: articleMeta()
});
