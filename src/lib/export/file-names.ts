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

/** A large value with its scale: "8.5bn", "500m", "6500". */
const scaledSlug = (v: number) =>
	v >= 1e9 ? `${short(v / 1e9)}bn` : v >= 1e6 ? `${short(v / 1e6)}m` : short(v);

/** The first figure's value, compact and safe in a file name: "8.5bn", "80pct", "60", "5bnkzt". */
function figureSlug(fact: Fact): string {
	const slug = (v: number): string => {
		switch (fact.unit) {
			case 'USD':
				return v >= 1e9 ? `${short(v / 1e9)}bn` : `${short(v / 1e6)}m`;
			case 'percent':
				return `${short(v)}pct`;
			case 'fraction':
				return `${short(v * 100)}pct`;
			case 'km':
				return `${short(v)}km`;
			case 'count':
				return scaledSlug(v);
			default:
				return `${scaledSlug(v)}${fact.unit.toLowerCase()}`;
		}
	};
	return slug(fact.value);
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

/**
 * The figure with its bound, and a change with its way: "over-8.5bn", "under-1pct", "5bn-to-7bn",
 * "down-5pct" (a bare "5pct" reads as a level, or as a rise, where the article says a fall).
 */
function boundedSlug(fact: Fact): string {
	const way = fact.change ? `${fact.change}-` : '';
	if (fact.bound === 'range')
		return `${way}${figureSlug(fact)}-to-${figureSlug({ ...fact, value: fact.max! })}`;
	return `${way}${BOUND_WORD[fact.bound]}${figureSlug(fact)}`;
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
