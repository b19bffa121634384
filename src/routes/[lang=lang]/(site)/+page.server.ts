import { articles, site } from '$lib/server/library';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	site: site(),
	articles: articles().map((a) => ({ slug: a.slug, meta: a.meta, charts: a.data.charts }))
});
