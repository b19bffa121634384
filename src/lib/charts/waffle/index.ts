import { defineChartType } from '../core/chart-type';
import WaffleChart from './WaffleChart.svelte';
import { layoutWaffle } from './layout';

/** A share as 100 squares: the chart's one figure is a percentage. */
export const waffle = defineChartType({
	name: {
		en: 'Part-of-whole chart of 100 squares',
		kk: '100 шаршыдан тұратын үлес диаграммасы',
		ru: 'Диаграмма долей из 100 квадратов'
	},
	units: ['percent'],
	// Every bound has squares of its own: hatched where the share may or may not reach.
	bounds: ['exact', 'at-least', 'more-than', 'less-than'],
	marks: 'first',
	layout: (chart, width, lang) => {
		const [fact] = chart.facts;
		if (!fact) throw new Error(`chart "${chart.id}" has no fact to draw`);
		return layoutWaffle(fact, width, lang);
	},
	component: WaffleChart
});
