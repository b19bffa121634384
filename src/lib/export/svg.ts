import { render } from 'svelte/server';
import type { Component } from 'svelte';
import Chart from '$lib/charts/Chart.svelte';
import { describeChart } from '$lib/charts/describe';
import type { ArticleMeta, Chart as ChartData, Lang } from '$lib/data/types';
import ExportFigure from './ExportFigure.svelte';
import { layoutFigure, type FigureLayout } from './figure';
import { svgLines } from './svg-lines';

/** The first `<svg …>…</svg>` of server-rendered markup, without Svelte's hydration comments. */
function svgOf<P extends Record<string, unknown>>(component: Component<P>, props: P): string {
	const { body } = render(component, { props });
	const start = body.indexOf('<svg');
	const end = body.lastIndexOf('</svg>');
	if (start < 0 || end < 0) throw new Error('the component rendered no <svg>');
	return body.slice(start, end + '</svg>'.length).replace(/<!--[\s\S]*?-->/g, '');
}

/** The chart's marks as drawn by the page's own components, without their root `<svg>`. */
function chartMarks(chart: ChartData, width: number, lang: Lang): string {
	const svg = svgOf(Chart, { chart, width, lang });
	// The figure has its own title and description; keep what follows the chart's.
	return svg.slice(svg.indexOf('</desc>') + '</desc>'.length, svg.lastIndexOf('</svg>'));
}

/** A figure laid out and drawn: the SVG file and the layout it was drawn from. */
export interface DrawnFigure {
	layout: FigureLayout;
	svg: string;
}

/**
 * The chart as a standalone SVG file: the same components as the page, plus the sources, in
 * markup every SVG reader understands. The same input always gives the same bytes.
 */
export function exportSvg(chart: ChartData, article: ArticleMeta, url: string, lang: Lang): string {
	return drawFigure(chart, article, url, lang).svg;
}

/** Lays the figure out and draws it once, for every file made from it (SVG, PNG, PDF). */
export function drawFigure(
	chart: ChartData,
	article: ArticleMeta,
	url: string,
	lang: Lang
): DrawnFigure {
	const layout = layoutFigure(chart, article, url, lang);
	return { layout, svg: figureSvg(chart, layout, lang) };
}

/** The SVG file of a figure already laid out (the PDF needs the layout too). */
export function figureSvg(chart: ChartData, layout: FigureLayout, lang: Lang): string {
	const svg = svgOf(ExportFigure, {
		layout,
		title: chart.title[lang],
		desc: describeChart(chart, lang),
		chartMarkup: chartMarks(chart, layout.chart.width, lang)
	});
	return `<?xml version="1.0" encoding="UTF-8"?>\n${svgLines(svg)}\n`;
}
