// site.json (optional, at the top of the data folder): the site's own words.
import * as v from 'valibot';
import { record } from './fields';
import { id, localized } from './shared';

export const siteSchema = record('the site', {
	/** The site's title, in every interface language. */
	title: v.optional(localized()),
	/** What the site is, in a line, in every interface language. */
	about: v.optional(localized()),
	/**
	 * The article (its folder's name) whose charts also answer at the site's first addresses,
	 * /<lang>/charts/<id>, /<lang>/embed/<id> and /<lang>/article, from before there were many
	 * articles: other sites link them, so they keep answering. Absent on a new site.
	 */
	firstAddresses: v.optional(v.string()),
	/**
	 * Kinds of figure this site's facts name beyond the table every site knows
	 * (src/lib/words/kinds.json), by id, with their names in every interface language.
	 */
	kinds: v.optional(v.record(id(), localized()))
});
