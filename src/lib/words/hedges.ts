// The Kazakh words that set a figure's bound, with what each means, so that a bound note can
// quote the article's own word («асқан», «астам», «жеткен», «төмен») and say it in the reader's
// language. A fact names its word in `hedge`; the build fails on a word this table lacks.
import type { Bound, TranslationLang } from '../data/types';

export interface HedgeWord {
	/** The bound the word sets: `exact` for «жеткен» (reached), which gives a round figure. */
	bound: Bound;
	/** What the word says, as our translations render it. */
	gloss: Record<TranslationLang, string>;
}

// Matched at the start of the word, since Kazakh adds endings ("астамы", "асқанын").
const HEDGES: [stem: string, word: HedgeWord][] = [
	['кем дегенде', { bound: 'at-least', gloss: { en: 'at least', ru: 'как минимум' } }],
	['кемінде', { bound: 'at-least', gloss: { en: 'at least', ru: 'не менее' } }],
	['астам', { bound: 'more-than', gloss: { en: 'more than', ru: 'более' } }],
	['асқан', { bound: 'more-than', gloss: { en: 'has exceeded', ru: 'превысил' } }],
	['асатын', { bound: 'more-than', gloss: { en: 'over', ru: 'свыше' } }],
	['асып', { bound: 'more-than', gloss: { en: 'exceeding', ru: 'превысив' } }],
	['артық', { bound: 'more-than', gloss: { en: 'more than', ru: 'больше' } }],
	['жеткен', { bound: 'exact', gloss: { en: 'reached', ru: 'достиг' } }],
	['жетті', { bound: 'exact', gloss: { en: 'reached', ru: 'достиг' } }],
	['төмен', { bound: 'less-than', gloss: { en: 'below', ru: 'менее' } }],
	['кем', { bound: 'less-than', gloss: { en: 'less than', ru: 'меньше' } }]
];

/** The hedge word a text starts with, or undefined. */
export function hedgeWord(hedge: string): HedgeWord | undefined {
	const word = hedge.toLowerCase();
	return HEDGES.find(([stem]) => word.startsWith(stem))?.[1];
}
