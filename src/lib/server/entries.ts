// The parameters of every prerendered route that takes an article, a chart or both, in every
// language.
import { LANGS } from '$lib/data/types';
import { articles, legacyArticle } from './library';

/** Every language × article. */
export function articleEntries(): { lang: string; slug: string }[] {
	return LANGS.flatMap((lang) => articles().map((a) => ({ lang, slug: a.slug })));
}

/** Every language × article × chart. */
export function chartEntries(): { lang: string; slug: string; id: string }[] {
	return LANGS.flatMap((lang) =>
		articles().flatMap((a) => a.data.charts.map((c) => ({ lang, slug: a.slug, id: c.id })))
	);
}

/** Every language × chart of the legacy article, for the first addresses /<lang>/charts/<id>. */
export function legacyChartEntries(): { lang: string; id: string }[] {
	const charts = legacyArticle()?.data.charts ?? [];
	return LANGS.flatMap((lang) => charts.map((c) => ({ lang, id: c.id })));
}
