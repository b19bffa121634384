import type { NumeralLang } from '$lib/numerals';

export type ReaderLang = NumeralLang;

/** Money as ISO 4217 codes, then the other units the reader knows. */
export const CURRENCIES = ['USD', 'KZT', 'EUR', 'JPY', 'RUB', 'CNY', 'GBP'] as const;
export const READER_UNITS = [
	...CURRENCIES,
	'percent',
	'pp',
	'km',
	'm',
	't',
	'times',
	'fraction',
	'count',
	'year',
	'date'
] as const;
export type ReaderUnit = (typeof READER_UNITS)[number];

/** How the printed number relates to the true value; `range` spans `value` to `max`. */
export const READER_BOUNDS = [
	'exact',
	'about',
	'more-than',
	'at-least',
	'less-than',
	'at-most',
	'range'
] as const;
export type ReaderBound = (typeof READER_BOUNDS)[number];

/** One number the text states, as `npm run draft` prints it. */
/** Which way a change went. */
export type ChangeDirection = 'up' | 'down';

export interface Candidate {
	/** 1-based paragraph, the title being paragraph 1. */
	paragraph: number;
	/** The sentence, verbatim from the paragraph. */
	sentence: string;
	/** The number with its scale word, unit and the hedge words touching it, verbatim in `sentence`. */
	printed: string;
	/** In base units (2 млрд → 2000000000); the year for `year`; null for `date`. */
	value: number | null;
	unit: ReaderUnit;
	bound: ReaderBound;
	/** The high end of a `range`. */
	max?: number;
	/** For `count`: the words that say what is counted, as printed. */
	countOf?: string;
	/** A change ("up 62%", "на 18,6 процента"), never a share of a whole. */
	change?: true;
	/** Which way the change went, when its words say ("rose", "снизился", "+5%"). */
	direction?: ChangeDirection;
	/** For `date`: ISO 8601, "2025-12-20", or "--12-20" when the year is not printed. */
	iso?: string;
	/** The words that set the bound, as printed ("астам", "more than"). */
	hedge?: string;
}

/** Whether a candidate is a quantity (scored as one) rather than a date or a year. */
export const isQuantity = (c: Pick<Candidate, 'unit'>) => c.unit !== 'year' && c.unit !== 'date';
