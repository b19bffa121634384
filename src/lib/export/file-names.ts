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

/** The download's file name, e.g. "derek-japan-investment-8.5bn-en.svg". */
export function fileName(chart: Chart, fmt: Format, lang: Lang): string {
	const [first] = chart.facts;
	return `derek-${chart.id}${first ? `-${figureSlug(first)}` : ''}-${lang}.${fmt}`;
}

/** The format of a file name that belongs to the chart in this language, or undefined. */
export function formatOf(chart: Chart, name: string, lang: Lang): Format | undefined {
	return FORMATS.find((fmt) => fileName(chart, fmt, lang) === name);
}
