import type { Chart, Lang } from '$lib/data/types';
import { layoutBars, type BarsLayout } from './bars/layout';
import { layoutRouteMap, type RouteMapLayout } from './route-map/layout';
import { NARROW_WIDTH } from './theme';
import { layoutUnits, type UnitsLayout } from './units/layout';
import { layoutWaffle, type WaffleLayout } from './waffle/layout';

export type ChartLayout =
	| ({ type: 'bars' } & BarsLayout)
	| ({ type: 'units' } & UnitsLayout)
	| ({ type: 'waffle' } & WaffleLayout)
	| ({ type: 'route-map' } & RouteMapLayout);

/**
 * Lays out any declared chart with the layout function of its type. Narrower than NARROW_WIDTH,
 * a chart is laid out at NARROW_WIDTH and scaled down by its container: below that, labels would
 * wrap into too many short lines.
 */
export function layoutChart(chart: Chart, width: number, lang: Lang): ChartLayout {
	width = Math.max(width, NARROW_WIDTH);
	const [fact] = chart.facts;
	switch (chart.type) {
		case 'bars':
			return { type: 'bars', ...layoutBars(chart.facts, width, lang) };
		case 'units':
			return { type: 'units', ...layoutUnits(chart.facts, width, lang) };
		case 'waffle':
			if (!fact) throw new Error(`chart "${chart.id}" has no fact to draw`);
			return { type: 'waffle', ...layoutWaffle(fact, width, lang) };
		case 'route-map':
			return { type: 'route-map', ...layoutRouteMap(chart, fact, width, lang) };
	}
}
