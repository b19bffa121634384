import { format } from 'd3-format';
import type { Bound, Chart, Fact, Lang } from '$lib/data/types';

/** The files every chart is exported as. */
export const FORMATS = ['svg', 'png', 'pdf', 'csv', 'json'] as const;
export type Format = (typeof FORMATS)[number];

export const CONTENT_TYPES: Record<Format, string> = {
	svg: 'image/svg+xml',
	png: 'image/png',
	pdf: 'application/pdf',
	csv: 'text/csv; charset=utf-8',
	json: 'application/json; charset=utf-8'
};

const short = format('.2~f');

/** The first figure, compact and safe in a file name: "8.5bn", "80pct", "60". */
function figureSlug(fact: Fact): string {
	// The units the chart types draw (see WordedUnit in src/lib/format.ts).
	switch (fact.unit as 'USD' | 'percent' | 'km' | 'count') {
		case 'USD':
			return fact.value >= 1e9 ? `${short(fact.value / 1e9)}bn` : `${short(fact.value / 1e6)}m`;
		case 'percent':
			return `${short(fact.value)}pct`;
		case 'km':
			return `${short(fact.value)}km`;
		case 'count':
			return short(fact.value);
	}
}

/**
 * How a file name says the figure: `bounded` says its bound too ("over-8.5bn", "under-1pct":
 * a bare "1pct" reads as one percent where the article says below it); `first` is how files were
 * first named ("8.5bn", "1pct"), kept at the addresses that had them.
 */
export type Naming = 'bounded' | 'first';

const BOUND_WORD: Record<Exclude<Bound, 'range'>, string> = {
	exact: '',
	about: 'about-',
	'more-than': 'over-',
	'at-least': 'atleast-',
	'less-than': 'under-',
	'at-most': 'upto-'
};

/** The figure with its bound: "over-8.5bn", "under-1pct", "5bn-to-7bn". */
function boundedSlug(fact: Fact): string {
	if (fact.bound === 'range')
		return `${figureSlug(fact)}-to-${figureSlug({ ...fact, value: fact.max! })}`;
	return `${BOUND_WORD[fact.bound]}${figureSlug(fact)}`;
}

/** The download's file name, e.g. "derek-japan-investment-over-8.5bn-en.svg". */
export function fileName(
	chart: Chart,
	fmt: Format,
	lang: Lang,
	naming: Naming = 'bounded'
): string {
	const [first] = chart.facts;
	const figure = first ? `-${naming === 'bounded' ? boundedSlug(first) : figureSlug(first)}` : '';
	return `derek-${chart.id}${figure}-${lang}.${fmt}`;
}

/** The format of a file name that belongs to the chart in this language, or undefined. */
export function formatOf(
	chart: Chart,
	name: string,
	lang: Lang,
	naming: Naming = 'bounded'
): Format | undefined {
	return FORMATS.find((fmt) => fileName(chart, fmt, lang, naming) === name);
}
