import type { ArticleMeta, Chart } from '$lib/data/types';

/** One row per figure: the value and everything needed to trace it back to its sentence. */
function rows(chart: Chart, article: ArticleMeta, url: string) {
	return chart.facts.map((f) => ({
		chart: chart.id,
		fact: f.id,
		label: f.label.en,
		value: f.value,
		unit: f.unit,
		count_of: f.countOf?.en ?? '',
		bound: f.bound,
		period: f.period.en,
		kind: f.kind.en,
		printed_kk: f.printed,
		sentence_kk: f.sentence,
		translation_en: f.translation.en,
		attribution: f.attribution.who.en,
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
export function chartCsv(chart: Chart, article: ArticleMeta, url: string): string {
	const data = rows(chart, article, url);
	const header = Object.keys(data[0] ?? {});
	const lines = [header, ...data.map((r) => Object.values(r))].map((r) =>
		r.map(csvField).join(',')
	);
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The chart's figures as JSON, with the chart's title, the source article and the permanent URL. */
export function chartJson(chart: Chart, article: ArticleMeta, url: string): string {
	const doc = {
		chart: { id: chart.id, title: chart.title.en, subtitle: chart.subtitle.en, url },
		source: {
			title: article.title,
			titleTranslation: article.titleTranslation.en,
			date: article.date,
			language: article.lang
		},
		figures: chart.facts.map((f) => ({
			id: f.id,
			label: f.label.en,
			value: f.value,
			unit: f.unit,
			...(f.countOf ? { countOf: f.countOf.en } : {}),
			bound: f.bound,
			period: f.period.en,
			...(f.periodNote ? { periodNote: f.periodNote.en } : {}),
			kind: f.kind.en,
			measure: f.measure.en,
			parties: f.parties,
			printed: f.printed,
			sentence: f.sentence,
			paragraph: f.paragraph,
			translation: f.translation.en,
			attribution: {
				who: f.attribution.who.en,
				...(f.attribution.printed ? { printed: f.attribution.printed } : {})
			}
		}))
	};
	return `${JSON.stringify(doc, null, 2)}\n`;
}
