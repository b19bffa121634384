import { csvFormatRow } from 'd3-dsv';
import type { ArticleMeta, Chart, Lang } from '$lib/data/types';

/** One row per figure: the value and everything needed to trace it back to its sentence. */
function rows(chart: Chart, article: ArticleMeta, url: string, lang: Lang) {
	return chart.facts.map((f) => ({
		chart: chart.id,
		fact: f.id,
		label: f.label[lang],
		value: f.value,
		unit: f.unit,
		count_of: f.countOf?.[lang] ?? '',
		bound: f.bound,
		period: f.period[lang],
		kind: f.kind[lang],
		printed_kk: f.printed,
		sentence_kk: f.sentence,
		translation_en: f.translation.en,
		translation_ru: f.translation.ru,
		attribution: f.attribution.who[lang],
		paragraph: f.paragraph,
		article_title_kk: article.title,
		article_date: article.date,
		url
	}));
}

/**
 * The chart's figures as CSV (RFC 4180: CRLF, quoted where needed, by d3-dsv), starting with a
 * byte-order mark so that Excel opens it as UTF-8 and the Kazakh letters survive. d3-dsv ends rows
 * with LF: each row is formatted alone and joined with CRLF, so a line break inside a quoted field
 * stays as written.
 */
export function chartCsv(chart: Chart, article: ArticleMeta, url: string, lang: Lang): string {
	const data = rows(chart, article, url, lang);
	const header = Object.keys(data[0] ?? {});
	const lines = [header, ...data.map((r) => Object.values(r))].map((r) =>
		csvFormatRow(r.map(String))
	);
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The chart's figures as JSON, with the chart's title, the source article and the permanent URL. */
export function chartJson(chart: Chart, article: ArticleMeta, url: string, lang: Lang): string {
	const doc = {
		chart: {
			id: chart.id,
			language: lang,
			title: chart.title[lang],
			subtitle: chart.subtitle[lang],
			url
		},
		source: {
			title: article.title,
			titleTranslation: article.titleTranslation,
			date: article.date,
			language: article.lang
		},
		figures: chart.facts.map((f) => ({
			id: f.id,
			label: f.label[lang],
			value: f.value,
			unit: f.unit,
			...(f.countOf ? { countOf: f.countOf[lang] } : {}),
			bound: f.bound,
			period: f.period[lang],
			...(f.periodNote ? { periodNote: f.periodNote[lang] } : {}),
			kind: f.kind[lang],
			measure: f.measure[lang],
			parties: f.parties,
			printed: f.printed,
			sentence: f.sentence,
			paragraph: f.paragraph,
			translation: f.translation,
			attribution: {
				who: f.attribution.who[lang],
				...(f.attribution.printed ? { printed: f.attribution.printed } : {})
			}
		}))
	};
	return `${JSON.stringify(doc, null, 2)}\n`;
}
