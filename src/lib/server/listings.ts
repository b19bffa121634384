// The lists a reader browses: every article, the articles about one country (a party of their
// figures) and the articles with one kind of figure, newest first, each article with the charts
// that belong to the list, cut into pages. The list pages, their index pages, the sitemap and the
// prerendered entries all read them from here.
import { error } from '@sveltejs/kit';
import type { Chart, Kind } from '$lib/data/types';
import { once } from './build-cache/reads';
import { articles, type LibraryArticle } from './library';

/**
 * Articles per list page, and how many of them show their first chart drawn. A drawn chart costs
 * 2.5–11 KB gzipped (a bar chart to a route map, in the two widths a list's column can show), an
 * article's entry without one about 1.5 KB (its title, source and each chart's title, figures and
 * sentence). Lighthouse's simulated phone paints the largest element only once the whole HTML is
 * in, about 5.5 ms per gzipped KB: ten articles, three drawn, keep every page under about 50 KB
 * gzipped whatever its charts, its first chart inside the first 14 KB, and the performance score
 * at 100 (npm run bench -- lists, at 100 synthetic articles). Ten drawn would put a page of route
 * maps past 100 KB and its largest paint past 2 s.
 */
export const ARTICLES_PER_PAGE = 10;
export const DRAWN_PER_PAGE = 3;

/** An article of a list, with the charts the list shows of it (the first one drawn). */
export interface ListedArticle {
	article: LibraryArticle;
	charts: Chart[];
}

/** What a list holds: its articles, newest first, each with its charts in the article's order. */
export type Listing = ListedArticle[];

/** One page of a list, 1-based, and how many pages it has. */
export interface ListPage {
	entries: Listing;
	page: number;
	pages: number;
}

/** Articles whose charts `keep` selects, with those charts, newest first; none without one. */
function listing(keep: (chart: Chart) => boolean): Listing {
	return articles()
		.map((article) => ({ article, charts: article.data.charts.filter(keep) }))
		.filter((entry) => entry.charts.length > 0);
}

// Each list is worked out the first time a page asks for it: the articles are fixed for the
// whole build, and every list page, its entries and the sitemap read the same lists.

/** Every article with all its charts. */
export const allArticles = once((): Listing => listing(() => true));

/** The countries the site's figures name as parties (ISO 3166-1 alpha-2), each with its list. */
export const countryListings = once((): ReadonlyMap<string, Listing> => {
	const codes = new Set(articles().flatMap((a) => a.data.facts.flatMap((f) => f.parties)));
	return new Map(
		[...codes]
			.sort()
			.map((code) => [code, listing((c) => c.facts.some((f) => f.parties.includes(code)))])
	);
});

/** The kinds of figure the site's facts have, by id, each with its list. */
export const kindListings = once((): ReadonlyMap<string, { kind: Kind; listing: Listing }> => {
	const kinds = new Map(articles().flatMap((a) => a.data.facts.map((f) => [f.kind.id, f.kind])));
	return new Map(
		[...kinds.keys()]
			.sort()
			.map((id) => [
				id,
				{ kind: kinds.get(id)!, listing: listing((c) => c.facts.some((f) => f.kind.id === id)) }
			])
	);
});

/** How many pages a list of `count` articles fills (one at least, even when empty). */
export const pageCount = (count: number): number =>
	Math.max(1, Math.ceil(count / ARTICLES_PER_PAGE));

/** Page `page` of a list, or a 404 for a page it does not have. */
export function pageOf(list: Listing, page: number): ListPage {
	const pages = pageCount(list.length);
	if (!Number.isInteger(page) || page < 1 || page > pages) {
		error(404, `This list has ${pages} page${pages === 1 ? '' : 's'}, not a page ${page}`);
	}
	const start = (page - 1) * ARTICLES_PER_PAGE;
	return { entries: list.slice(start, start + ARTICLES_PER_PAGE), page, pages };
}

/** The page numbers after the first that a list has: the `/page/<n>` addresses to prerender. */
export const laterPages = (list: Listing): number[] =>
	Array.from({ length: pageCount(list.length) - 1 }, (_, i) => i + 2);
