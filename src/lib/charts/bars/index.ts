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
	units: ['USD'],
	// A lower bound is drawn as an open tail. An upper bound has no mark of its own: a solid bar
	// to it would draw the figure as reaching what it stays below (the waffle hatches it instead).
	bounds: ['exact', 'at-least', 'more-than'],
	marks: 'every',
	layout: (chart, width, lang) => layoutBars(chart.facts, width, lang),
	component: BarsChart
});
