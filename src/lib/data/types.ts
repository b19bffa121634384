// The data's types, inferred from its schema (./schema), and the types around them. The schema is
// the one statement of what a data file may hold; these names are what the code imports.
import type * as v from 'valibot';
import type { Kind } from '../words/kinds';
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

/** A text in each interface language. */
export type Localized = Record<Lang, string>;

/**
 * Our translation of the article's words (a sentence, its title) into the interface languages
 * other than the article's own: a Kazakh article's into en and ru, a Russian one's into kk and en.
 * Which languages an article needs is checked per article (src/lib/data/translations.ts).
 */
export type Translated = Partial<Record<Lang, string>>;

/** The interface languages an article written in `source` is translated into: all but its own. */
export const translationLangs = (source: Lang): Lang[] => LANGS.filter((l) => l !== source);

/**
 * The translation a reader of `lang` gets of words written in `source`: none when the reader
 * reads the source's language (the original is shown alone).
 */
export function translationFor(t: Translated, lang: Lang, source: Lang): string | undefined {
	if (lang === source) return undefined;
	const text = t[lang];
	// Validation refuses an article without it; a missing one here is a fault in our code.
	if (text === undefined) throw new Error(`no ${lang} translation of a ${source} text`);
	return text;
}

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

/** A kind of figure: its stable id and its names (src/lib/words/kinds.ts). */
export type { Kind };

/** One number from the article, with everything needed to trace it back. */
export interface Fact extends Omit<FactRecord, 'kind'> {
	/** The kind the record names, with its names. */
	kind: Kind;
	/** Character offset of the sentence in the article text (derived at load time). */
	offset: number;
	/** The language the sentence is written in: its article's (derived at load time). */
	sourceLang: Lang;
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
