import { defineChartType } from '../core/chart-type';
import WaffleChart from './WaffleChart.svelte';
import { layoutWaffle } from './layout';

/** A share as 100 squares: the chart's one figure is a percentage or a fraction. */
export const waffle = defineChartType({
	name: {
		en: 'Part-of-whole chart of 100 squares',
		kk: '100 шаршыдан тұратын үлес диаграммасы',
		ru: 'Диаграмма долей из 100 квадратов'
	},
	units: ['percent', 'fraction'],
	// Every bound has squares of its own: hatched where the share may or may not reach (beyond a
	// lower bound, below an upper one, between a range's ends); "about" is a "~" and its legend.
	bounds: ['exact', 'about', 'at-least', 'more-than', 'less-than', 'at-most', 'range'],
	// A share is a part of a whole: between 0 and 100 %, and never a change ("up 62%").
	refuses: (fact, { change }) => {
		const whole = fact.unit === 'fraction' ? 1 : 100;
		if (change || fact.change)
			return 'is a change, not a share of a whole (a change chart draws it as a signed bar)';
		if (Math.max(fact.value, fact.max ?? 0) > whole) return 'is more than the whole, not a share';
		return undefined;
	},
	marks: 'first',
	layout: (chart, width, lang) => {
		const [fact] = chart.facts;
		if (!fact) throw new Error(`chart "${chart.id}" has no fact to draw`);
		return layoutWaffle(fact, width, lang);
	},
	component: WaffleChart
});
