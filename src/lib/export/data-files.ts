import { csvFormatRow } from 'd3-dsv';
import {
	translationLangs,
	type ArticleMeta,
	type Chart,
	type Fact,
	type Lang,
	type Translated
} from '$lib/data/types';
import { formatFigure } from '$lib/format';
import { plainSpaces as plain } from '$lib/typography';
import { nounFor } from '$lib/words/plural';
import { isDraftChart } from '$lib/data/draft-marks';
import { t } from '$lib/i18n';

// Data files are for programs: our texts with ordinary spaces (no no-break spaces), numbers as
// numbers, the article's words as printed.
const countOf = (f: Fact, lang: Lang) =>
	f.countOf ? plain(nounFor(f.value, f.countOf, lang)) : '';

/** Our translations of words written in `source`, in the interface languages' order. */
const translations = (t: Translated, source: Lang) =>
	Object.fromEntries(translationLangs(source).map((l) => [l, plain(t[l] ?? '')]));

/** One row per figure: the value and everything needed to trace it back to its sentence. */
function rows(chart: Chart, article: ArticleMeta, url: string, lang: Lang) {
	return chart.facts.map((f) => ({
		chart: chart.id,
		fact: f.id,
		label: plain(f.label[lang]),
		value: f.value,
		unit: f.unit,
		count_of: countOf(f, lang),
		bound: f.bound,
		period: plain(f.period[lang]),
		kind: plain(f.kind.name[lang]),
		// The article's words are named for their language, and our translations for theirs:
		// printed_kk, sentence_kk, translation_en, translation_ru for a Kazakh article.
		[`printed_${article.lang}`]: f.printed,
		[`sentence_${article.lang}`]: f.sentence,
		...Object.fromEntries(
			translationLangs(article.lang).map((l) => [`translation_${l}`, plain(f.translation[l] ?? '')])
		),
		attribution: plain(f.attribution.who[lang]),
		paragraph: f.paragraph,
		[`article_title_${article.lang}`]: article.title,
		article_date: article.date,
		url,
		// Columns added after the first files go last, so a reader that takes columns by their
		// place keeps working. The high end of a range (empty for every other bound), and the
		// figure with its bound in words, as the chart says it: "more than $8.5 bn".
		max: f.max ?? '',
		figure: plain(formatFigure(f, lang)),
		// Only a draft has this column: a reviewed chart's file keeps its bytes.
		...(isDraftChart(chart) ? { draft: t('draftMark', lang) } : {})
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
			title: plain(chart.title[lang]),
			subtitle: plain(chart.subtitle[lang]),
			url,
			...(isDraftChart(chart) ? { draft: t('draftMark', lang) } : {})
		},
		source: {
			title: article.title,
			titleTranslation: translations(article.titleTranslation, article.lang),
			date: article.date,
			language: article.lang
		},
		figures: chart.facts.map((f) => ({
			id: f.id,
			label: plain(f.label[lang]),
			value: f.value,
			unit: f.unit,
			...(f.countOf ? { countOf: countOf(f, lang) } : {}),
			bound: f.bound,
			...(f.max !== undefined ? { max: f.max } : {}),
			figure: plain(formatFigure(f, lang)),
			period: plain(f.period[lang]),
			...(f.periodNote ? { periodNote: plain(f.periodNote[lang]) } : {}),
			kind: plain(f.kind.name[lang]),
			measure: plain(f.measure[lang]),
			parties: f.parties,
			printed: f.printed,
			sentence: f.sentence,
			paragraph: f.paragraph,
			translation: translations(f.translation, article.lang),
			attribution: {
				who: plain(f.attribution.who[lang]),
				...(f.attribution.printed ? { printed: f.attribution.printed } : {})
			}
		}))
	};
	return `${JSON.stringify(doc, null, 2)}\n`;
}
