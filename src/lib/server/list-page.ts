// What a list page loads: one page of a list of articles (all, a country's or a kind's), each
// article with its charts in the list, and the links that filter the list by country and by kind.
import { error } from '@sveltejs/kit';
import type { ArticleMeta, Chart, Localized } from '$lib/data/types';
import type { ListOf } from '$lib/paths';
import {
	DRAWN_PER_PAGE,
	allArticles,
	countryListings,
	kindListings,
	pageOf,
	type Listing
} from './listings';

/** An article on a list page: what its entry cites and the charts it shows. */
export interface ListEntry {
	slug: string;
	meta: ArticleMeta;
	charts: Chart[];
	/** Whether its first chart is drawn (the first DRAWN_PER_PAGE of a page), or only linked. */
	drawn: boolean;
}

/** A filter link: a country (its code) or a kind (its id and names), and its articles' count. */
export interface Filter {
	key: string;
	name?: Localized;
	count: number;
}

/** The countries and the kinds a list may be narrowed to, the most written-about first. */
export function filters(): { countries: Filter[]; kinds: Filter[] } {
	const byCount = (a: Filter, b: Filter) => b.count - a.count || a.key.localeCompare(b.key);
	return {
		countries: [...countryListings()]
			.map(([key, list]) => ({ key, count: list.length }))
			.sort(byCount),
		kinds: [...kindListings()]
			.map(([key, { kind, listing }]) => ({ key, name: kind.name, count: listing.length }))
			.sort(byCount)
	};
}

/** The list an address names, or a 404 naming what is not there. */
function listAt(list: ListOf): { listing: Listing; name?: Localized } {
	if ('country' in list) {
		const listing = countryListings().get(list.country.toUpperCase());
		if (!listing || list.country !== list.country.toLowerCase()) {
			error(404, `No figure names the country "${list.country}"`);
		}
		return { listing };
	}
	if ('kind' in list) {
		const found = kindListings().get(list.kind);
		if (!found) error(404, `No figure is of the kind "${list.kind}"`);
		return { listing: found.listing, name: found.kind.name };
	}
	return { listing: allArticles() };
}

/** The page number a `/page/<n>` segment names: 2 or more, written plainly, else a 404. */
export function pageNumber(segment: string | undefined): number {
	if (segment === undefined) return 1;
	if (!/^[1-9]\d*$/.test(segment) || segment === '1') {
		error(404, `"${segment}" is not a page of this list: pages after the first are 2, 3, …`);
	}
	return Number(segment);
}

/** Everything a list page shows. */
export function listPage(list: ListOf, segment?: string) {
	const { listing, name } = listAt(list);
	const { entries, page, pages } = pageOf(listing, pageNumber(segment));
	return {
		list,
		name,
		page,
		pages,
		entries: entries.map(({ article, charts }, i) => ({
			slug: article.slug,
			meta: article.meta,
			charts,
			drawn: i < DRAWN_PER_PAGE
		})) satisfies ListEntry[],
		...filters()
	};
}
