import { render } from 'svelte/server';
import type { ArticleMeta, Chart, Lang } from '$lib/data/types';
import ExportFigure from './ExportFigure.svelte';
import { layoutFigure, type FigureLayout } from './figure';
import { svgLines } from './svg-lines';

/** A figure laid out and drawn: the SVG file and the layout it was drawn from. */
export interface DrawnFigure {
	layout: FigureLayout;
	svg: string;
}

/**
 * The chart as a standalone SVG file: the same components as the page, plus the sources, in
 * markup every SVG reader understands. The same input always gives the same bytes.
 */
export function exportSvg(chart: Chart, article: ArticleMeta, url: string, lang: Lang): string {
	return drawFigure(chart, article, url, lang).svg;
}

/** Lays the figure out and draws it once, for every file made from it (SVG, PNG, PDF). */
export function drawFigure(
	chart: Chart,
	article: ArticleMeta,
	url: string,
	lang: Lang
): DrawnFigure {
	const layout = layoutFigure(chart, article, url, lang);
	return { layout, svg: figureSvg(chart, layout, lang) };
}

/** The SVG file of a figure already laid out (the PDF needs the layout too). */
export function figureSvg(chart: Chart, layout: FigureLayout, lang: Lang): string {
	const { body } = render(ExportFigure, { props: { chart, lang, layout } });
	return `<?xml version="1.0" encoding="UTF-8"?>\n${svgLines(body)}\n`;
}
