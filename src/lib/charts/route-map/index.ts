import { defineChartType } from '../core/chart-type';
import RouteMapChart from './RouteMapChart.svelte';
import { layoutRouteMap, type RouteMapLayout } from './layout';
import type { Chart, Lang } from '$lib/data/types';

/**
 * Layouts already made, per chart object: the label search is the costliest layout there is, and a
 * build draws the same map at the same width on many pages (chart page, article, gallery, embeds,
 * files). Keyed by the chart object, so nothing outlives the chart; a layout is never modified.
 */
const made = new WeakMap<Chart, Map<string, RouteMapLayout>>();
function layoutOnce(chart: Chart, width: number, lang: Lang): RouteMapLayout {
	let byWidth = made.get(chart);
	if (!byWidth) made.set(chart, (byWidth = new Map()));
	const key = `${width} ${lang}`;
	let layout = byWidth.get(key);
	if (!layout) byWidth.set(key, (layout = layoutRouteMap(chart, chart.facts[0], width, lang)));
	return layout;
}

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
	layout: layoutOnce,
	component: RouteMapChart
});
