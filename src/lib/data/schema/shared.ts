// Fields that several kinds of record share.
import * as v from 'valibot';
import { LANGS } from '../types';
import { keyed, matching, record, text, texts, whole } from './fields';

/** A text in every interface language. */
export const localized = () => texts(LANGS);

/**
 * Our translation of the original, by interface language. Which languages it must have depends on
 * the article's (all but its own), so that is checked per article: ../translations.ts.
 */
export const translated = () =>
	v.pipe(
		// With every key optional, an empty list would otherwise pass as an object with none.
		v.custom<object>(
			(input) => typeof input === 'object' && input !== null && !Array.isArray(input),
			'must be an object of texts by language'
		),
		keyed(
			{ kk: v.optional(text()), en: v.optional(text()), ru: v.optional(text()) },
			{
				notObject: 'must be an object of texts by language',
				unknown: (key) => `"${key}" is not one of the languages ${LANGS.join(', ')}`
			}
		)
	);

/** A record's id: its permalink slug. */
export const id = () =>
	v.pipe(
		text(),
		v.regex(
			/^[a-z0-9]+(-[a-z0-9]+)*$/,
			(issue) => `"${String(issue.input)}" must be lowercase letters, digits and single hyphens`
		)
	);

/** 1-based index of a paragraph of the article (the title is paragraph 1). */
export const paragraph = () => whole(1);

/** The article's words, verbatim (a sentence, a number as printed). */
export const verbatim = () => text();

/** Who the article says something comes from. */
export const attributionSchema = record('an attribution', {
	/** Who says it, per interface language, e.g. "Akorda (the President's office)". */
	who: localized(),
	/** The attributing words as printed in the sentence's paragraph, e.g. "Ақорданың хабарлауынша"; absent when the article names no source. */
	printed: v.optional(verbatim())
});

export const country = () => matching(/^[A-Z]{2}$/, 'an ISO 3166 two-letter country code');
