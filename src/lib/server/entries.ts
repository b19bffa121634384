// The parameters of every prerendered route that takes an article, a chart or both, in every
// language.
import { LANGS } from '$lib/data/types';
import { articles, legacyArticle } from './library';
import { allArticles, countryListings, kindListings, laterPages } from './listings';

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

/** Every language × page after the first of the list of all articles. */
export function listPageEntries(): { lang: string; n: string }[] {
	return LANGS.flatMap((lang) => laterPages(allArticles()).map((n) => ({ lang, n: String(n) })));
}

/** Every language × country the figures name (its code in lower case, as addresses have it). */
export function countryEntries(): { lang: string; code: string }[] {
	const codes = [...countryListings().keys()].map((c) => c.toLowerCase());
	return LANGS.flatMap((lang) => codes.map((code) => ({ lang, code })));
}

/** Every language × country × page after the first of its list. */
export function countryPageEntries(): { lang: string; code: string; n: string }[] {
	const pages = [...countryListings()].flatMap(([code, list]) =>
		laterPages(list).map((n) => ({ code: code.toLowerCase(), n: String(n) }))
	);
	return LANGS.flatMap((lang) => pages.map((p) => ({ lang, ...p })));
}

/** Every language × kind of figure the facts have. */
export function kindEntries(): { lang: string; kind: string }[] {
	const kinds = [...kindListings().keys()];
	return LANGS.flatMap((lang) => kinds.map((kind) => ({ lang, kind })));
}

/** Every language × kind × page after the first of its list. */
export function kindPageEntries(): { lang: string; kind: string; n: string }[] {
	const pages = [...kindListings()].flatMap(([kind, { listing }]) =>
		laterPages(listing).map((n) => ({ kind, n: String(n) }))
	);
	return LANGS.flatMap((lang) => pages.map((p) => ({ lang, ...p })));
}
