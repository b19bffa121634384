// The data's types, inferred from its schema (./schema), and the types around them. The schema is
// the one statement of what a data file may hold; these names are what the code imports.
import type * as v from 'valibot';
import type {
	articleSchema,
	attributionSchema,
	chartSchema,
	factSchema,
	inferenceSchema,
	notChartedSchema,
	routeSchema,
	siteSchema,
	statementSchema,
	waypointSchema
} from './schema';

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

/** How the printed number relates to the true value (the number reader's bounds); `range` spans `value` to `max`. */
export type Bound = FactRecord['bound'];

/** The direction of a change the sentence states ("up 62%"); `value` is its size. */
export type Change = NonNullable<FactRecord['change']>;

/** What a value counts or measures: the number reader's quantities but dates and years. */
export type Unit = FactRecord['unit'];

/** A counted noun's forms in each language (see src/lib/words/plural.ts). */
export type { NounForms } from '../words/plural';

/** A value we print that the article does not: what it is, and what it is inferred from. */
export type Inference = v.InferOutput<typeof inferenceSchema>;

/** article.json, as the schema reads it. */
export type ArticleJson = v.InferOutput<typeof articleSchema>;

/** The article the facts come from: its article.json and its text. */
export interface Article extends ArticleJson {
	/** The full text, verbatim. */
	text: string;
	/** The paragraphs of `text`, split at blank lines. */
	paragraphs: string[];
}

/** Who the article says a figure comes from. */
export type Attribution = v.InferOutput<typeof attributionSchema>;

/** A record of facts.json, as the schema reads it. */
export type FactRecord = v.InferOutput<typeof factSchema>;

/** One number from the article, with everything needed to trace it back. */
export interface Fact extends FactRecord {
	/** Character offset of the sentence in the article text (derived at load time). */
	offset: number;
}

/** A chart type: each has its folder under src/lib/charts and its line in registry.ts there. */
export type { ChartType } from '../charts/chart-types';

/** A place a route passes, and whether the article names it or we add it from geography. */
export type Waypoint = v.InferOutput<typeof waypointSchema>;

/** A route drawn on a route map: a schematic line through its waypoints. */
export type Route = v.InferOutput<typeof routeSchema>;

/** A chart as declared in charts.json. */
export type ChartSpec = v.InferOutput<typeof chartSchema>;

/** A chart with its facts resolved. */
export interface Chart extends Omit<ChartSpec, 'facts'> {
	facts: Fact[];
}

/** A statement of the article with no figure to chart, shown as annotated text. */
export interface Statement extends v.InferOutput<typeof statementSchema> {
	offset: number;
}

/** A number in the article that is deliberately not charted, and why. */
export type NotCharted = v.InferOutput<typeof notChartedSchema>;

/** site.json: the site's own words. */
export type Site = v.InferOutput<typeof siteSchema>;

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
