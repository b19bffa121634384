import { CURRENCIES } from '$lib/data/reader/types';
import { defineChartType } from '../core/chart-type';
import BarsChart from './BarsChart.svelte';
import { layoutBars } from './layout';

/** Bars on one zero-based scale: every figure of the chart is a bar, all in one unit. */
export const bars = defineChartType({
	name: {
		en: 'Bar chart',
		kk: 'Жолақты диаграмма',
		ru: 'Линейчатая диаграмма'
	},
	// Any quantity a length can stand for; not a share (a waffle draws it as part of its whole),
	// not metres (the reader takes "m" for metres only by context).
	units: [...CURRENCIES, 't', 'km', 'count', 'pp', 'times'],
	// A lower bound is an open tail; "about" a solid bar with "~" and "about" in its label; a
	// range solid to its low end and a band to its high end; an upper bound only a dashed outline
	// to the bound: a solid bar would draw the figure as reaching what it stays below.
	bounds: ['exact', 'about', 'at-least', 'more-than', 'less-than', 'at-most', 'range'],
	// A change ("up $1.2 bn") is not a level: a change chart draws it, as a signed bar.
	refuses: (fact, { change }) =>
		change || fact.change ? 'is a change, which a change chart draws as a signed bar' : undefined,
	marks: 'every',
	layout: (chart, width, lang) => layoutBars(chart.facts, width, lang),
	component: BarsChart
});
