import type { Lang } from '$lib/data/types';
import { dataset } from './dataset';
import { SITE_URL } from './site';

/**
 * Every page a reader or a search engine should find, by its path after the language ("" for
 * the gallery): what the sitemap lists in each language. Embeds are left out (each names its
 * chart page as canonical), as are the 404 page and the old addresses that forward.
 */
export function sitePages(): string[] {
	return ['', '/article', ...dataset.charts.map((c) => `/charts/${c.id}`)];
}

/** A page's absolute address in a language. */
export const pageUrl = (page: string, lang: Lang): string => `${SITE_URL}/${lang}${page}`;

/** The language a page's x-default alternate points to, as on the pages' own hreflang links. */
export const DEFAULT_LANG: Lang = 'en';
