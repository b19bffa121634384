import type { Lang } from '$lib/data/types';
import { articles } from './library';
import { allArticles, countryListings, kindListings, laterPages } from './listings';
import { SITE_URL } from './site';

/**
 * Every page a reader or a search engine should find, by its path after the language ("" for
 * the gallery): what the sitemap lists in each language. Embeds are left out (each names its
 * chart page as canonical), as are the 404 page and the old addresses that forward.
 */
export function sitePages(): string[] {
	const countries = [...countryListings()].map(
		([code, list]) => [code.toLowerCase(), list] as const
	);
	const kinds = [...kindListings()].map(([id, { listing }]) => [id, listing] as const);
	return [
		'',
		...laterPages(allArticles()).map((n) => `/page/${n}`),
		'/countries',
		...countries.flatMap(([code, list]) => [
			`/countries/${code}`,
			...laterPages(list).map((n) => `/countries/${code}/page/${n}`)
		]),
		'/kinds',
		...kinds.flatMap(([id, list]) => [
			`/kinds/${id}`,
			...laterPages(list).map((n) => `/kinds/${id}/page/${n}`)
		]),
		...articles().flatMap((a) => [
			`/articles/${a.slug}`,
			...a.data.charts.map((c) => `/articles/${a.slug}/charts/${c.id}`)
		])
	];
}

/** A page's absolute address in a language. */
export const pageUrl = (page: string, lang: Lang): string => `${SITE_URL}/${lang}${page}`;

/** The language a page's x-default alternate points to, as on the pages' own hreflang links. */
export const DEFAULT_LANG: Lang = 'en';
