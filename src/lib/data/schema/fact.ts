// facts.json: one record per number of the article that a chart draws.
import * as v from 'valibot';
import { draftSchema } from './draft';
import { LANGS } from '../types';
import { BOUNDS, CHANGES, UNITS } from './vocabulary';
import { NOUN_FORM_KEYS } from '../../words/plural';
import { finite, keyed, list, oneOf, record, text } from './fields';
import {
	attributionSchema,
	country,
	id,
	localized,
	paragraph,
	translated,
	verbatim
} from './shared';

/** A counted noun's forms in one language: exactly the forms its numbers call for. */
function forms<L extends (typeof LANGS)[number]>(lang: L) {
	const keys: readonly string[] = NOUN_FORM_KEYS[lang];
	const entries = Object.fromEntries(keys.map((k) => [k, text()])) as {
		[K in (typeof NOUN_FORM_KEYS)[L][number]]: ReturnType<typeof text>;
	};
	return keyed(entries, {
		unknown: (key) => `"${key}" is not one of the forms ${keys.join(', ')}`
	});
}

/** What a count counts, in every form its number may call for (see src/lib/words/plural.ts). */
const countedNoun = keyed(
	{ kk: forms('kk'), en: forms('en'), ru: forms('ru') },
	{
		missing: (lang) =>
			`the ${lang} forms are missing (${NOUN_FORM_KEYS[lang as (typeof LANGS)[number]].join(', ')})`,
		unknown: (key) => `"${key}" is not one of the languages ${LANGS.join(', ')}`
	}
);

/** A value we print that the article does not (a year worked out from its date). */
export const inferenceSchema = record('an inference', {
	/** The number as we show it (a year: 2024). */
	value: finite(),
	/** What the number is, e.g. "the year «былтыр» (last year) refers to". */
	what: text(),
	/** What it is inferred from, e.g. "the article's date, 20 December 2025". */
	from: text()
});

/** One number from the article, with everything needed to trace it back. Key order is output order. */
export const factSchema = record('a fact', {
	id: id(),
	/** A short name for the figure, drawn beside its mark, e.g. "Japan’s investment in Kazakhstan". */
	label: localized(),
	value: v.pipe(finite(), v.minValue(0, 'must not be negative')),
	/** The high end of a range ("5–7 million"): given when, and only when, bound is range. */
	max: v.optional(finite()),
	unit: oneOf(UNITS),
	bound: oneOf(BOUNDS),
	/**
	 * For a number the sentence states as a change ("up 62%", "вырос на 5%", "12 пайызға өсті"):
	 * its direction; `value` is then the size of the change. A change chart draws it as a signed
	 * bar; no other chart draws it (a change is never a share of a whole, nor a level).
	 */
	change: v.optional(oneOf(CHANGES)),
	/** The period the figure covers, e.g. "2024" or "cumulative, to December 2025". */
	period: localized(),
	/**
	 * The kind of figure, by its id in the kinds table (src/lib/words/kinds.json, or site.json's
	 * `kinds`), e.g. "trade-flow": figures of different kinds never form one series.
	 */
	kind: id(),
	/** What the figure measures, in a sentence. */
	measure: localized(),
	/** ISO 3166-1 alpha-2 codes of the parties. */
	parties: list(country()),
	/** The number exactly as printed, e.g. "8,5 миллиард доллардан". */
	printed: verbatim(),
	/** The whole sentence, verbatim from the article. */
	sentence: verbatim(),
	/** 1-based index of the paragraph that holds the sentence. */
	paragraph: paragraph(),
	attribution: attributionSchema,
	/** A faithful translation of the sentence into each other interface language. */
	translation: translated(),
	/** Why the period is what it is, when the article leaves it implicit. */
	periodNote: v.optional(localized()),
	/** For `count`: what is counted, in each form its number may call for. */
	countOf: v.optional(countedNoun),
	/**
	 * The words of the sentence, next to the number, that set its bound, verbatim: «асқан»,
	 * «астам», «төмен», or «жеткен» (reached) for a round figure; absent when there are none.
	 */
	hedge: v.optional(verbatim()),
	/** Values we show that the article does not print (a year worked out from its date). */
	inferred: v.optional(list(inferenceSchema)),
	/** The fields a person has still to write or check: the record is a draft (./draft.ts). */
	draft: draftSchema()
});
