import { quote } from '$lib/typography';
import { describeChart } from '$lib/charts/describe';
import type { ArticleMeta, Chart, Lang } from '$lib/data/types';
import { groupBySentence } from '$lib/sources';
import { chartCsv, chartJson } from './data-files';
import { CONTENT_TYPES, fileName, type Format } from './file-names';
import { exportPdf } from './pdf';
import { svgToPng } from './png';
import { exportSvg } from './svg';

/** One exported file. */
export interface ExportFile {
	name: string;
	type: string;
	body: string | Uint8Array<ArrayBuffer>;
}

/** A chart's file in one format, with its download name and content type. */
export function exportFile(
	chart: Chart,
	fmt: Format,
	article: ArticleMeta,
	url: string,
	lang: Lang
): ExportFile {
	return {
		name: fileName(chart, fmt, lang),
		type: CONTENT_TYPES[fmt],
		body: body(chart, fmt, article, url, lang)
	};
}

function body(
	chart: Chart,
	fmt: Format,
	article: ArticleMeta,
	url: string,
	lang: Lang
): ExportFile['body'] {
	switch (fmt) {
		case 'svg':
			return exportSvg(chart, article, url, lang);
		case 'png': {
			// The PNG carries its source as metadata, as the SVG carries it as text.
			const sentences = groupBySentence(chart.facts).map((g) => g.sentence);
			return new Uint8Array(
				svgToPng(exportSvg(chart, article, url, lang), 2, {
					Title: chart.title[lang],
					Description: describeChart(chart, lang),
					Source: `${sentences.join(' ')} (${quote(article.title, lang, { verbatim: true })}, ${article.date})`,
					URL: url
				})
			);
		}
		case 'pdf':
			return exportPdf(chart, article, url, lang);
		case 'csv':
			return chartCsv(chart, article, url, lang);
		case 'json':
			return chartJson(chart, article, url, lang);
	}
}
