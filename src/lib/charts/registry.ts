// Every chart type derek draws, by the name data/charts.json gives it. A type is its folder
// (layout, layers component, tests, and its index.ts declaring it) plus its line here: the
// validator, the chart on a page, the exported figure and the description all read this list.
import type { Bound, Chart, Fact, Lang, Unit } from '$lib/data/types';
import { typeset } from '$lib/typography';
import { bars } from './bars';
import { change } from './change';
import type { ChartType } from './chart-types';
import type { ChartDrawing, ChartTypeEntry } from './core/chart-type';
import { NARROW_WIDTH } from './core/theme';
import { routeMap } from './route-map';
import { units } from './units';
import { waffle } from './waffle';

export type { ChartType } from './chart-types';

const REGISTRY: Record<ChartType, ChartTypeEntry> = {
	bars,
	change,
	units,
	waffle,
	'route-map': routeMap
};

const TYPES = Object.keys(REGISTRY) as ChartType[];

/** Every chart type, in the registry's order. */
export function chartTypes(): readonly ChartType[] {
	return TYPES;
}

/** Whether `name` is a chart type derek can draw. */
export function isChartType(name: string): name is ChartType {
	return Object.hasOwn(REGISTRY, name);
}

/** A chart type's entry; a name no folder declares is an error that lists the ones that exist. */
export function chartType(name: string): ChartTypeEntry {
	if (!isChartType(name))
		throw new Error(
			`unknown chart type "${name}": one of ${TYPES.map((t) => `"${t}"`).join(', ')}`
		);
	return REGISTRY[name];
}

/** Whether a chart of this type can draw a figure in this unit truthfully. */
export function acceptsUnit(type: ChartType, unit: Unit): boolean {
	return REGISTRY[type].units.includes(unit);
}

/** Whether a chart of this type can show this bound truthfully, in the mark and the label. */
export function acceptsBound(type: ChartType, bound: Bound): boolean {
	return REGISTRY[type].bounds.includes(bound);
}

/** Why a chart of this type cannot draw this figure truthfully, beyond its unit and bound, or undefined. */
export function refusal(
	type: ChartType,
	fact: Fact,
	reading: { change: boolean }
): string | undefined {
	return REGISTRY[type].refuses?.(fact, reading);
}

/**
 * The facts a chart of this type draws as marks, with their index in the chart's list: every
 * fact, or the first one (the others are written beside it). Units and bounds apply to these.
 */
export function markedFacts<F extends Pick<Fact, 'unit' | 'bound'>>(
	type: ChartType,
	facts: readonly F[]
): { fact: F; index: number }[] {
	const marked = REGISTRY[type].marks === 'every' ? facts : facts.slice(0, 1);
	return marked.map((fact, index) => ({ fact, index }));
}

/** What kind of chart this is, in the interface language: the first words of its description. */
export function chartTypeName(type: ChartType, lang: Lang): string {
	return typeset(REGISTRY[type].name[lang], lang);
}

/**
 * Lays out any declared chart with the layout function of its type, paired with the component
 * that draws it. Narrower than NARROW_WIDTH, a chart is laid out at NARROW_WIDTH and scaled down
 * by its container: below that, labels would wrap into too many short lines.
 */
export function layoutChart(chart: Chart, width: number, lang: Lang): ChartDrawing {
	return chartType(chart.type).draw(chart, Math.max(width, NARROW_WIDTH), lang);
}
