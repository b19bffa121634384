import { formatFigure } from '$lib/format';
import type { Chart, Lang } from '$lib/data/types';
import { chartTypeName } from './registry';

/**
 * The chart's description for screen readers and for the `<desc>` of exported files: what kind of
 * chart it is and every figure with its bound, kind and period, so the numbers survive without the picture.
 */
export function describeChart(chart: Chart, lang: Lang): string {
	// Kind and period follow the figure after commas, not in brackets: periods carry their own
	// brackets ("last year (2024, by the article's date)"), and brackets inside brackets read badly.
	const figures = chart.facts.map(
		(f) => `${f.label[lang]}: ${formatFigure(f, lang)}, ${f.kind.name[lang]}, ${f.period[lang]}`
	);
	return `${chartTypeName(chart.type, lang)}. ${figures.join('; ')}.`;
}
