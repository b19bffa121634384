// The very first permalinks were /charts/<id>, before languages: they keep working, leading to
// the English page.
import { chartAt, legacyArticle } from '$lib/server/library';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	(legacyArticle()?.data.charts ?? []).map((c) => ({ id: c.id }));

export const load: PageServerLoad = ({ params }) => {
	const { article, chart } = chartAt(legacyArticle()?.slug, params.id);
	return { slug: article.slug, id: chart.id, title: chart.title.en };
};
