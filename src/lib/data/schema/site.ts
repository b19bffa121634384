// site.json (optional, at the top of the data folder): the site's own words.
import * as v from 'valibot';
import { record } from './fields';
import { localized } from './shared';

export const siteSchema = record('the site', {
	/** The site's title, in every interface language. */
	title: v.optional(localized()),
	/** What the site is, in a line, in every interface language. */
	about: v.optional(localized())
});
