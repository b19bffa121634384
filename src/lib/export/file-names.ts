import { format } from 'd3-format';
import type { Chart, Fact, Lang } from '$lib/data/types';

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

/** The first figure, compact and safe in a file name: "8.5bn", "80pct", "60", "5-7bn-kzt". */
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
	return fact.max === undefined ? slug(fact.value) : `${slug(fact.value)}-${slug(fact.max)}`;
}

/** The download's file name, e.g. "derek-japan-investment-8.5bn-en.svg". */
export function fileName(chart: Chart, fmt: Format, lang: Lang): string {
	const [first] = chart.facts;
	return `derek-${chart.id}${first ? `-${figureSlug(first)}` : ''}-${lang}.${fmt}`;
}

/** The format of a file name that belongs to the chart in this language, or undefined. */
export function formatOf(chart: Chart, name: string, lang: Lang): Format | undefined {
	return FORMATS.find((fmt) => fileName(chart, fmt, lang) === name);
}
