import type { Chart, Lang } from '$lib/data/types';
import { layoutBars, type BarsLayout } from './bars/layout';
import { layoutUnits, type UnitsLayout } from './units/layout';
import { layoutWaffle, type WaffleLayout } from './waffle/layout';
import { NARROW_WIDTH } from './theme';

export type ChartLayout =
	| ({ type: 'bars' } & BarsLayout)
	| ({ type: 'units' } & UnitsLayout)
	| ({ type: 'waffle' } & WaffleLayout);

/**
 * Lays out any declared chart with the layout function of its type. Narrower than NARROW_WIDTH,
 * a chart is laid out at NARROW_WIDTH and scaled down by its container: below that, labels would
 * wrap into more lines than the fixed height holds.
 */
export function layoutChart(chart: Chart, width: number, lang: Lang = 'en'): ChartLayout {
	width = Math.max(width, NARROW_WIDTH);
	switch (chart.type) {
		case 'bars':
			return { type: 'bars', ...layoutBars(chart.facts, width, lang) };
		case 'units':
			return { type: 'units', ...layoutUnits(chart.facts, width, lang) };
		case 'waffle': {
			const [fact] = chart.facts;
			if (!fact) throw new Error(`chart "${chart.id}" has no fact to draw`);
			return { type: 'waffle', ...layoutWaffle(fact, width, lang) };
		}
	}
}
