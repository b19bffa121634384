// Every number, bound and date a reader sees is worded here, so that the page, the exports and
// the tests agree. Keyed by interface language.
import { format } from 'd3-format';
import type { Bound, Fact, Lang, Unit } from './data/types';

const SCALES = [
	{ min: 1e12, div: 1e12, en: 'tn' },
	{ min: 1e9, div: 1e9, en: 'bn' },
	{ min: 1e6, div: 1e6, en: 'm' }
] as const;

// Up to two decimals, trailing zeros dropped ("8.5", "2", "3.75").
const decimals = format(',.2~f');

/** A value in its unit, e.g. "$8.5 bn", "80%", "6,500 km", "60". */
export function formatValue(value: number, unit: Unit, lang: Lang = 'en'): string {
	switch (unit) {
		case 'USD': {
			const scale = SCALES.find((s) => Math.abs(value) >= s.min);
			return scale ? `$${decimals(value / scale.div)} ${scale[lang]}` : `$${decimals(value)}`;
		}
		case 'percent':
			return `${decimals(value)}%`;
		case 'km':
			return `${decimals(value)} km`;
		case 'count':
			return decimals(value);
	}
}

const BOUND_WORDS: Record<Bound, Record<Lang, string>> = {
	exact: { en: '' },
	'at-least': { en: 'at least ' },
	'more-than': { en: 'more than ' },
	'less-than': { en: 'less than ' }
};

/** The figure in words with its hedge, as a sentence would say it: "more than $8.5 bn". */
export function formatFigure(
	fact: Pick<Fact, 'value' | 'unit' | 'bound' | 'countOf'>,
	lang: Lang = 'en'
): string {
	const noun = fact.unit === 'count' && fact.countOf ? ` ${fact.countOf[lang]}` : '';
	return `${BOUND_WORDS[fact.bound][lang]}${formatValue(fact.value, fact.unit, lang)}${noun}`;
}

/** The compact label drawn on a mark: "$8.5 bn+", "<1%", "$2 bn". */
export function formatMarkLabel(
	fact: Pick<Fact, 'value' | 'unit' | 'bound'>,
	lang: Lang = 'en'
): string {
	const v = formatValue(fact.value, fact.unit, lang);
	switch (fact.bound) {
		case 'exact':
			return v;
		// "+" for both lower bounds: the font has no "≥", and the words beside the mark say which.
		case 'at-least':
		case 'more-than':
			return `${v}+`;
		case 'less-than':
			return `<${v}`;
	}
}

const BOUND_NOTES: Record<Bound, Record<Lang, string>> = {
	exact: { en: 'As printed: the article gives this figure without a hedge.' },
	'at-least': { en: 'A lower bound: the true figure is this or higher.' },
	'more-than': {
		en: 'A lower bound: the article says “more than”, so the true figure is higher by an amount it does not give.'
	},
	'less-than': {
		en: 'An upper bound: the article says “less than”, so the true figure is lower by an amount it does not give.'
	}
};

/** What the bound means for the reader, in a sentence. */
export function describeBound(bound: Bound, lang: Lang = 'en'): string {
	return BOUND_NOTES[bound][lang];
}

const MONTHS: Record<Lang, string[]> = {
	en: [
		'January',
		'February',
		'March',
		'April',
		'May',
		'June',
		'July',
		'August',
		'September',
		'October',
		'November',
		'December'
	]
};

/** An ISO date (YYYY-MM-DD) as a reader writes it: "20 December 2025". */
export function formatDate(iso: string, lang: Lang = 'en'): string {
	const [y, m, d] = iso.split('-').map(Number);
	return `${d} ${MONTHS[lang][(m ?? 1) - 1]} ${y}`;
}
