import { render } from 'svelte/server';
import type { ArticleMeta, Chart, Lang } from '$lib/data/types';
import ExportFigure from './ExportFigure.svelte';
import { layoutFigure, type FigureLayout } from './figure';
import { svgLines } from './svg-lines';

/**
 * The chart as a standalone SVG file: the same components as the page, plus the sources, in
 * markup every SVG reader understands. The same input always gives the same bytes.
 */
export function exportSvg(chart: Chart, article: ArticleMeta, url: string, lang: Lang): string {
	return figureSvg(chart, layoutFigure(chart, article, url, lang), lang);
}

/** The SVG file of a figure already laid out (the PDF needs the layout too). */
export function figureSvg(chart: Chart, layout: FigureLayout, lang: Lang): string {
	const { body } = render(ExportFigure, { props: { chart, lang, layout } });
	return `<?xml version="1.0" encoding="UTF-8"?>\n${svgLines(body)}\n`;
}
