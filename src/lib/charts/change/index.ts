import { CURRENCIES } from '$lib/data/reader/types';
import { defineChartType } from '../core/chart-type';
import ChangeChart from './ChangeChart.svelte';
import { layoutChange } from './layout';

/** Signed bars from one zero line: each figure is a change the article states ("up 62%"). */
export const change = defineChartType({
	name: {
		en: 'Chart of changes',
		kk: 'Өзгерістер диаграммасы',
		ru: 'Диаграмма изменений'
	},
	// Any change a length from zero can stand for: a percentage or percentage points of change,
	// money, tonnes, kilometres, a count. Not a factor ("doubled"), whose zero is 1, not 0.
	units: [...CURRENCIES, 'percent', 'pp', 't', 'km', 'count'],
	// As on a bar, on the size of the change: a lower bound an open tail away from zero, "about"
	// a "~", a range a band to its high end, an upper bound only a dashed outline to the bound.
	bounds: ['exact', 'about', 'at-least', 'more-than', 'less-than', 'at-most', 'range'],
	refuses: (fact) =>
		fact.change ? undefined : 'is not a change (its fact says no "change": "up" or "down")',
	marks: 'every',
	layout: (chart, width, lang) => layoutChange(chart.facts, width, lang),
	component: ChangeChart
});
