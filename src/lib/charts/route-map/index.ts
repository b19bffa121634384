import { defineChartType } from '../core/chart-type';
import RouteMapChart from './RouteMapChart.svelte';
import { layoutRouteMap } from './layout';

/** A schematic route map: the chart's routes, and its one figure, the route's length. */
export const routeMap = defineChartType({
	name: {
		en: 'Schematic route map',
		kk: 'Маршруттың схемалық картасы',
		ru: 'Схематическая карта маршрута'
	},
	units: ['km'],
	// The length is not drawn to scale (the lines are schematic): it is written, with its bound,
	// in the route's title and the chart's description, so any bound reads as the article says.
	bounds: ['exact', 'about', 'at-least', 'more-than', 'less-than', 'at-most', 'range'],
	// A route's length is a level; a change of one ("5 km shorter") is a change chart's.
	refuses: (fact, { change }) =>
		change || fact.change ? 'is a change, which a change chart draws as a signed bar' : undefined,
	marks: 'first',
	layout: (chart, width, lang) => layoutRouteMap(chart, chart.facts[0], width, lang),
	component: RouteMapChart
});
