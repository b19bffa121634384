import { defineChartType } from '../core/chart-type';
import UnitsChart from './UnitsChart.svelte';
import { layoutUnits } from './layout';

/** One square per counted thing: the first figure is a count; a second may be written beside it. */
export const units = defineChartType({
	name: {
		en: 'Unit chart',
		kk: 'Шаршылар диаграммасы',
		ru: 'Диаграмма из квадратов'
	},
	units: ['count'],
	// A lower bound adds an open row, a range dashed squares to its high end, "about" a "~". An
	// upper bound has no squares of its own: solid squares up to it would count things the
	// article says may be fewer.
	bounds: ['exact', 'about', 'at-least', 'more-than', 'range'],
	// A change ("up $1.2 bn") is not a level: a change chart draws it, as a signed bar.
	refuses: (fact, { change }) =>
		change || fact.change ? 'is a change, which a change chart draws as a signed bar' : undefined,
	marks: 'first',
	layout: (chart, width, lang) => layoutUnits(chart.facts, width, lang),
	component: UnitsChart
});
