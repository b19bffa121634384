import { formatFigure } from '$lib/format';
import type { Chart, Lang } from '$lib/data/types';

const KIND_OF_CHART: Record<Chart['type'], Record<Lang, string>> = {
	bars: { en: 'Bar chart' },
	units: { en: 'Unit chart' },
	waffle: { en: 'Part-of-whole chart of 100 squares' }
};

/**
 * The chart's description for screen readers and for the `<desc>` of exported files: what kind of
 * chart it is and every figure with its bound, kind and period, so the numbers survive without the picture.
 */
export function describeChart(chart: Chart, lang: Lang = 'en'): string {
	const figures = chart.facts.map(
		(f) => `${f.label[lang]}: ${formatFigure(f, lang)} (${f.kind[lang]}, ${f.period[lang]})`
	);
	return `${KIND_OF_CHART[chart.type][lang]}. ${figures.join('; ')}.`;
}
