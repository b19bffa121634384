// The kinds of figure, by stable id: what a fact's `kind` names. A chart never puts figures of
// different kinds in one series, and the site lists the charts of each kind on one page. The
// table is the data's vocabulary, so a new article may name any kind in it; a site adds its own
// in site.json's `kinds`, without a change to the code.
import type { Localized } from '$lib/data/types';
import table from './kinds.json';

/** A kind of figure: its id and its name in every interface language. */
export interface Kind {
	/** The kind's stable id, e.g. "trade-flow": its address segment and what facts name. */
	id: string;
	name: Localized;
}

/** The kinds every site knows, by id. */
export const KINDS: Readonly<Record<string, Localized>> = table;

/** The kinds a site knows: the table's and its own (site.json `kinds`), by id. */
export function siteKinds(own: Readonly<Record<string, Localized>> = {}): Map<string, Kind> {
	return new Map(
		Object.entries({ ...KINDS, ...own }).map(([id, name]) => [id, { id, name }] as const)
	);
}
