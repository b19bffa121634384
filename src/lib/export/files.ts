import { quote } from '$lib/typography';
import { describeChart } from '$lib/charts/describe';
import type { ArticleMeta, Chart, Lang } from '$lib/data/types';
import { groupBySentence } from '$lib/sources';
import { chartCsv, chartJson } from './data-files';
import { CONTENT_TYPES, FORMATS, fileName, type Format, type Naming } from './file-names';
import { exportPdf } from './pdf';
import { svgToPng } from './png';
import { drawFigure, type DrawnFigure } from './svg';

/** One exported file. */
export interface ExportFile {
	name: string;
	type: string;
	body: string | Uint8Array<ArrayBuffer>;
}

/** A chart's file in one format, with its download name and content type. */
export async function exportFile(
	chart: Chart,
	fmt: Format,
	article: ArticleMeta,
	url: string,
	lang: Lang,
	naming: Naming = 'bounded'
): Promise<ExportFile> {
	const [file] = await exportFiles(chart, article, url, lang, [fmt], naming);
	if (!file) throw new Error(`no ${fmt} file for ${chart.id}`);
	return file;
}

/**
 * A chart's files in one language, in the order of `formats`. The figure is laid out and drawn
 * once for the SVG, the PNG and the PDF. The PNG is made on libuv's thread pool, so the promise
 * settles after the other files are made: whoever starts the next chart's files before awaiting
 * this one keeps both cores busy.
 */
export async function exportFiles(
	chart: Chart,
	article: ArticleMeta,
	url: string,
	lang: Lang,
	formats: readonly Format[] = FORMATS,
	naming: Naming = 'bounded'
): Promise<ExportFile[]> {
	let drawn: DrawnFigure | undefined;
	const figure = () => (drawn ??= drawFigure(chart, article, url, lang));
	const bodies = formats.map((fmt): ExportFile['body'] | Promise<ExportFile['body']> => {
		switch (fmt) {
			case 'svg':
				return figure().svg;
			case 'png': {
				// The PNG carries its source as metadata, as the SVG carries it as text.
				const sentences = groupBySentence(chart.facts).map((g) => g.sentence);
				return svgToPng(figure().svg, 2, {
					Title: chart.title[lang],
					Description: describeChart(chart, lang),
					Source: `${sentences.join(' ')} (${quote(article.title, lang, { verbatim: true })}, ${article.date})`,
					URL: url
				}).then((png) => new Uint8Array(png));
			}
			case 'pdf':
				return exportPdf(chart, article, url, lang, figure());
			case 'csv':
				return chartCsv(chart, article, url, lang);
			case 'json':
				return chartJson(chart, article, url, lang);
		}
	});
	return Promise.all(
		formats.map(async (fmt, i) => ({
			name: fileName(chart, fmt, lang, naming),
			type: CONTENT_TYPES[fmt],
			body: await bodies[i]!
		}))
	);
}
