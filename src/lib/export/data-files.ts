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

const csvField = (v: string | number) => {
	const s = String(v);
	return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/**
 * The chart's figures as CSV (RFC 4180: CRLF, quoted where needed), starting with a byte-order
 * mark so that Excel opens it as UTF-8 and the Kazakh letters survive.
 */
export function chartCsv(chart: Chart, article: ArticleMeta, url: string, lang: Lang): string {
	const data = rows(chart, article, url, lang);
	const header = Object.keys(data[0] ?? {});
	const lines = [header, ...data.map((r) => Object.values(r))].map((r) =>
		r.map(csvField).join(',')
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
