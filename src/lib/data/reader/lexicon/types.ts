import type { ReaderBound, ReaderLang, ReaderUnit } from '../types';

/** Consecutive words, each matched whole against a token's lowercase text. */
export type Words = readonly RegExp[];

/** The case a Kazakh phrase ends in, which decides what a following word means. */
export type KkCase = 'ablative' | 'dative' | 'other';

export interface UnitWords {
	words: Words;
	unit: ReaderUnit;
	/** For a factor word on its own ("twice", "вдвое"): its value. */
	value?: number;
}

export interface HedgeWords {
	words: Words;
	bound: ReaderBound;
	/** Kazakh: the case the number phrase must end in for the word to be a bound ("60-тан астам"). */
	after?: KkCase;
}

/** What the reader needs to know about one language, as data. */
export interface Lexicon {
	lang: ReaderLang;
	/** Units after the number (and its scale word), longest first. */
	units: UnitWords[];
	/** Currency signs and codes before the number ("$5bn", "USD 5 million"). */
	unitsBefore: UnitWords[];
	/** Words that stand alone as a factor, with their value ("twice", "вдвое"). */
	factors: UnitWords[];
	/** Words that may stand between the number and its currency ("АҚШ долларына", "US dollars"). */
	currencyPrefix: RegExp;
	/** Words that may follow a currency word as part of it ("долларов США"). */
	currencySuffix: RegExp;
	/** Scale abbreviations the numeral tables do not hold ("bn", "mn"). */
	scales: [RegExp, number][];
	hedgesBefore: HedgeWords[];
	hedgesAfter: HedgeWords[];
	/** A word before the number that makes it a change: "rose", "вырос", "up". */
	changeBefore: RegExp;
	/** A word after the number and unit that makes it a change: "increase", "өсті", "больше". */
	changeAfter: RegExp;
	/**
	 * Which way a change went: the change words that say a rise ("rose", "вырос", "өсті") and a
	 * fall ("fell", "снизился", "төмендеді").
	 */
	rises: RegExp;
	falls: RegExp;
	/** A word after "up to" that makes it a value reached (kk "дейін жетті", grew to). */
	reached: RegExp;
	/** Months, with their case forms. */
	months: [RegExp, number][];
	/** The word for "year" after a year ("жылы", "года"). */
	yearWords: RegExp;
	/** Words for spans of time, so "over five years" is a duration and not "more than five". */
	timeNouns: RegExp;
	/** Words before a number that make it a label, not a quantity ("№", "article", "статья"). */
	labelBefore: RegExp;
	/** Endings after a hyphen or glued to digits that make an ordinal ("5-й", "5th", "2-ші"). */
	ordinal: RegExp;
	/** Words that end a counted noun phrase (prepositions, conjunctions). */
	stopWords: RegExp;
	/** Words joining a range's ends: "to", "до", "мен"; and the word that opens one ("between", "от"). */
	rangeJoin: RegExp;
	rangeOpen: RegExp;
}

/** Anchored alternatives: w('около', 'примерно') matches either word whole. */
export const w = (...alternatives: string[]) => new RegExp(`^(?:${alternatives.join('|')})$`, 'u');

/** A phrase of words: phrase('more', 'than'). */
export const phrase = (...words: string[]): Words => words.map((x) => w(x));
