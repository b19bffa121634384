import type { ChartType } from '../charts/registry';
import { READER_BOUNDS, READER_UNITS, type ReaderLang } from './reader/types';
/** Interface languages, in the order the language switcher lists them. */
export const LANGS = ['kk', 'en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

/** The languages the Kazakh original is translated into (a Kazakh reader reads the original). */
export const TRANSLATION_LANGS = ['en', 'ru'] as const;
export type TranslationLang = (typeof TRANSLATION_LANGS)[number];

/** A text in each interface language. */
export type Localized = Record<Lang, string>;

/** A translation of the Kazakh original into each other interface language. */
export type Translated = Record<TranslationLang, string>;

/** Whether a language has translations of the original (Kazakh has the original itself). */
export const isTranslationLang = (lang: Lang): lang is TranslationLang =>
	(TRANSLATION_LANGS as readonly string[]).includes(lang);

/** How the printed number relates to the true value: the number reader's bounds; `range` spans `value` to `max`. */
export const BOUNDS = READER_BOUNDS;
export type Bound = (typeof BOUNDS)[number];

/**
 * What the value counts: the number reader's quantity units (years and dates are found, but are
 * not quantities). `count` needs a noun (`countOf`) saying what is counted.
 */
export const UNITS = READER_UNITS.filter(
	(u): u is Exclude<(typeof READER_UNITS)[number], 'year' | 'date'> => u !== 'year' && u !== 'date'
);
export type Unit = (typeof UNITS)[number];

/** A counted noun's forms in each language (see src/lib/words/plural.ts). */
export type { NounForms } from '../words/plural';
import type { NounForms } from '../words/plural';

/** A value we print that the article does not: what it is, and what it is inferred from. */
export interface Inference {
	/** The number as we show it (a year: 2024). */
	value: number;
	/** What the number is, e.g. "the year «былтыр» (last year) refers to". */
	what: string;
	/** What it is inferred from, e.g. "the article's date, 20 December 2025". */
	from: string;
}

/** The article the facts come from, as declared in data/article.json. */
export interface Article {
	/** The verbatim title: the first line of the text. */
	title: string;
	/** The title translated into each other interface language. */
	titleTranslation: Translated;
	/** Publication date, ISO 8601 (YYYY-MM-DD). */
	date: string;
	/** BCP 47 language of the text: one the number reader reads. */
	lang: ReaderLang;
	/** The article's text file, relative to data/. */
	file: string;
	/** What the article is, in one line, per interface language. */
	about: Localized;
	/** The full text, verbatim. */
	text: string;
	/** The paragraphs of `text`, split at blank lines. */
	paragraphs: string[];
}

/** Who the article says a figure comes from. */
export interface Attribution {
	/** The attributing words as printed in the sentence's paragraph, e.g. "Ақорданың хабарлауынша"; absent when the article names no source. */
	printed?: string;
	/** Who says it, per interface language, e.g. "Akorda (the President's office)". */
	who: Localized;
}

/** One number from the article, with everything needed to trace it back. */
export interface Fact {
	id: string;
	/** A short name for the figure, drawn beside its mark, e.g. "Japan’s investment in Kazakhstan". */
	label: Localized;
	value: number;
	unit: Unit;
	/** For `count`: what is counted, in each form its number may call for. */
	countOf?: NounForms;
	bound: Bound;
	/** For `range`: the high end, above `value` (the low end); absent for every other bound. */
	max?: number;
	/** The period the figure covers, e.g. "2024" or "cumulative, to December 2025". */
	period: Localized;
	/** Why the period is what it is, when the article leaves it implicit. */
	periodNote?: Localized;
	/** The kind of figure, e.g. "annual trade flow"; figures of different kinds never form one series. */
	kind: Localized;
	/** What the figure measures, in a sentence. */
	measure: Localized;
	/** ISO 3166-1 alpha-2 codes of the parties. */
	parties: string[];
	/** The number exactly as printed, e.g. "8,5 миллиард доллардан". */
	printed: string;
	/**
	 * The words of the sentence, next to the number, that set its bound, verbatim: «асқан»,
	 * «астам», «төмен», or «жеткен» (reached) for a round figure; absent when there are none.
	 */
	hedge?: string;
	/** Values we show that the article does not print (a year worked out from its date). */
	inferred?: Inference[];
	/** The whole sentence, verbatim from the article. */
	sentence: string;
	/** 1-based index of the paragraph that holds the sentence. */
	paragraph: number;
	/** Character offset of the sentence in the article text (derived at load time). */
	offset: number;
	attribution: Attribution;
	/** A faithful translation of the sentence into each other interface language. */
	translation: Translated;
}

/** A chart type: each has its folder under src/lib/charts and its line in registry.ts there. */
export type { ChartType } from '../charts/registry';

/** A place a route passes, and whether the article names it or we add it from geography. */
export interface Waypoint {
	name: Localized;
	lon: number;
	lat: number;
	/** The words of the article that name the place, when it does (e.g. "Ақтау портындағы"). */
	printed?: string;
}

/** A route drawn on a route map: a schematic line through its waypoints. */
export interface Route {
	id: string;
	label: Localized;
	/** Whether this route is the figure's subject (drawn strong) or a comparison (drawn light). */
	emphasis: 'primary' | 'secondary';
	waypoints: Waypoint[];
}

/** A chart as declared in data/charts.json. */
export interface ChartSpec {
	/** The permalink slug: never change it once published. */
	id: string;
	type: ChartType;
	title: Localized;
	/** One line under the title saying what the reader is looking at. */
	subtitle: Localized;
	/** Ids of the facts it draws, in drawing order. */
	facts: string[];
	/** For a route map: the routes, in drawing order. */
	routes?: Route[];
}

/** A chart with its facts resolved. */
export interface Chart extends Omit<ChartSpec, 'facts'> {
	facts: Fact[];
}

/** A statement of the article with no figure to chart, shown as annotated text. */
export interface Statement {
	id: string;
	/** What it is about, e.g. "The declaration's three priorities". */
	label: Localized;
	sentence: string;
	paragraph: number;
	offset: number;
	attribution: Attribution;
	translation: Translated;
	/** Why it is text and not a chart. */
	note: Localized;
}

/** A number in the article that is deliberately not charted, and why. */
export interface NotCharted {
	/** The number as printed, e.g. "20 желтоқсан 2025". */
	printed: string;
	paragraph: number;
	reason: Localized;
}

/** What a page needs to cite the article, without its whole text. */
export type ArticleMeta = Pick<Article, 'title' | 'titleTranslation' | 'date' | 'lang' | 'about'>;

/** Everything the site shows, validated. */
export interface Dataset {
	article: Article;
	facts: Fact[];
	charts: Chart[];
	statements: Statement[];
	notCharted: NotCharted[];
}
