// Fields that several kinds of record share.
import * as v from 'valibot';
import { LANGS, TRANSLATION_LANGS } from '../types';
import { matching, record, text, texts, whole } from './fields';

/** A text in every interface language. */
export const localized = () => texts(LANGS);

/** A translation of the original into every other interface language. */
export const translated = () => texts(TRANSLATION_LANGS);

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
