// article.json: what the article is, beside its text file.
import * as v from 'valibot';
import { draftSchema } from './draft';
import { LANGS } from '../types';
import { oneOf, record, text } from './fields';
import { localized, translated } from './shared';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const articleSchema = record('the article', {
	/** The article's text file, in its folder. */
	file: text(),
	/** BCP 47 language of the text: the number reader of this language reads every `printed`. */
	lang: oneOf(LANGS),
	/** Publication date, ISO 8601 (YYYY-MM-DD). */
	date: v.pipe(
		text(),
		v.check(
			(d) => ISO_DATE.test(d) && !Number.isNaN(Date.parse(d)),
			(issue) => `"${String(issue.input)}" is not a date in the form YYYY-MM-DD`
		)
	),
	/** The verbatim title: the first line of the text. */
	title: text(),
	/** The title translated into each other interface language. */
	titleTranslation: translated(),
	/** What the article is, in one line, per interface language. */
	about: localized(),
	/** Who published it, as they name themselves, where known. */
	publisher: v.optional(text()),
	/** Where it was published, where known. */
	url: v.optional(
		v.pipe(
			text(),
			v.url((i) => `"${String(i.input)}" is not a URL`)
		)
	),
	/** Whether the full text may be shown, or only the sentences the charts quote. */
	fullText: v.boolean('must be true or false'),
	/** The fields a person has still to write or check: the record is a draft (./draft.ts). */
	draft: draftSchema()
});
