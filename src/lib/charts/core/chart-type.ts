import type { Component } from 'svelte';
import type { Bound, Chart, Fact, Lang, Localized, Unit } from '$lib/data/types';

/** What every chart type's layout has: the size it is drawn at, in px. */
export interface SizedLayout {
	width: number;
	height: number;
}

/** The props of every chart type's layers: the marks drawn inside the chart's root `<svg>`. */
export interface LayersProps<L extends SizedLayout> {
	/** The chart with its facts. */
	chart: Chart;
	/** Interface language of the labels. */
	lang: Lang;
	/** The chart laid out at one width by its type's layout function. */
	layout: L;
	/** Whether the marks can be focused for their provenance (on a page, not in a file). */
	interactive?: boolean;
}

/** One chart type, as its folder declares it to the registry. */
export interface ChartTypeSpec<L extends SizedLayout> {
	/** What the chart is, in the first words of its description: "Bar chart". */
	name: Localized;
	/** The units of the figures its marks can draw truthfully. */
	units: readonly Unit[];
	/** The bounds its marks can show truthfully, in the mark as well as in the label. */
	bounds: readonly Bound[];
	/**
	 * What else its marks cannot draw of a figure in a unit and bound it accepts, as the reason,
	 * or undefined; `change` is whether the printed words state a change ("up 62%").
	 */
	refuses?: (fact: Fact, reading: { change: boolean }) => string | undefined;
	/**
	 * Which facts its marks draw: `every` one (bars), or the `first`, the others being written
	 * beside it (a unit chart's total value). Units and bounds are checked on these.
	 */
	marks: 'every' | 'first';
	/** Lays the chart out at a width (pure: d3 math and measured text). */
	layout: (chart: Chart, width: number, lang: Lang) => L;
	/** Draws that layout inside the chart's root `<svg>`. */
	component: Component<LayersProps<L>>;
}

/** A chart laid out at one width, with the component that draws that very layout. */
export interface ChartDrawing {
	width: number;
	height: number;
	layout: SizedLayout;
	component: Component<LayersProps<SizedLayout>>;
}

/** A chart type as the registry holds it: its declaration, and its layout paired with its layers. */
export interface ChartTypeEntry extends Omit<ChartTypeSpec<SizedLayout>, 'layout' | 'component'> {
	draw: (chart: Chart, width: number, lang: Lang) => ChartDrawing;
}

/**
 * Declares a chart type. The layout function and the component are checked against one layout
 * type here; the registry then holds every type alike, each layout travelling with the
 * component that takes it (a list of several types cannot say which layout goes with which
 * component, so the pairing is made, and type-checked, once, here).
 */
export function defineChartType<L extends SizedLayout>(spec: ChartTypeSpec<L>): ChartTypeEntry {
	const { layout, component, ...declared } = spec;
	const layers = component as unknown as ChartDrawing['component'];
	return {
		...declared,
		draw: (chart, width, lang) => {
			const laid = layout(chart, width, lang);
			return { width: laid.width, height: laid.height, layout: laid, component: layers };
		}
	};
}
