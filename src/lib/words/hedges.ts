// The words that set a figure's bound are the number reader's (src/lib/data/reader/lexicon/):
// one list, in each language the reader reads, so that the build accepts for a fact's `hedge`
// exactly the words the reader takes as a bound. This module adds what the lexicons do not
// hold: the words that state a round figure («жеткен», reached), and our glosses of the
// Kazakh words a bound note quotes, as our translations render them.
import { LEXICONS } from '../data/reader/lexicon';
import { matchFrom } from '../data/reader/match';
import { tokenize } from '../data/reader/tokens';
import type { ReaderLang } from '../data/reader/types';
import type { Bound, Lang } from '../data/types';

/** The languages a gloss of a Kazakh word is written in. */
type GlossLang = Exclude<Lang, 'kk'>;

export interface HedgeWord {
	/** The bound the word sets: `exact` for «жеткен» (reached), which gives a round figure. */
	bound: Bound;
	/** The language whose reader reads it as a bound. */
	lang: ReaderLang;
	/** What the word says, as our translations render it, where we have our own gloss. */
	gloss?: Record<GlossLang, string>;
}

// Verbs of reaching: not bounds (the reader reads the figure as exact), but the word a bound note
// quotes for a round figure. Matched at the start of the word, as Kazakh adds endings.
const ROUND: Record<ReaderLang, RegExp> = {
	kk: /^(?:жеткен|жетті|жетеді)/u,
	ru: /^(?:достиг\p{L}*|составил\p{L}*)$/u,
	en: /^(?:reached|reaching|totalled|totaled)$/u
};

// Our glosses of Kazakh hedges, by the start of the word ("астамы", "асқанын").
const GLOSSES: [stem: string, gloss: Record<GlossLang, string>][] = [
	['кем дегенде', { en: 'at least', ru: 'как минимум' }],
	['кемінде', { en: 'at least', ru: 'не менее' }],
	['астам', { en: 'more than', ru: 'более' }],
	['асқан', { en: 'has exceeded', ru: 'превысил' }],
	['асатын', { en: 'over', ru: 'свыше' }],
	['асып', { en: 'exceeding', ru: 'превысив' }],
	['артық', { en: 'more than', ru: 'больше' }],
	['жеткен', { en: 'reached', ru: 'достиг' }],
	['жетті', { en: 'reached', ru: 'достиг' }],
	['төмен', { en: 'below', ru: 'менее' }],
	['шамамен', { en: 'about', ru: 'около' }],
	['шамасы', { en: 'about', ru: 'около' }],
	['жуық', { en: 'nearly', ru: 'почти' }],
	['дейін', { en: 'up to', ru: 'до' }],
	['кем', { en: 'less than', ru: 'меньше' }]
];

/** The bound a hedge sets in one language's lexicon: every word of it matched, in order. */
function boundIn(hedge: string, lang: ReaderLang): Bound | undefined {
	const tokens = tokenize(hedge);
	if (tokens.length === 0) return undefined;
	const lex = LEXICONS[lang];
	if (tokens.length === 1 && ROUND[lang].test(tokens[0]?.low ?? '')) return 'exact';
	// The word that opens a range ("от 25 до 30", "between 12 and 14"), as the reader gives it.
	if (tokens.length === 1 && lex.rangeOpen.test(tokens[0]?.low ?? '')) return 'range';
	const entry = [...lex.hedgesBefore, ...lex.hedgesAfter].find(
		(e) => matchFrom(tokens, 0, e.words) === tokens.length
	);
	return entry?.bound;
}

/**
 * The hedge word as the reader of `lang` reads it, or, without a language, as the first reader
 * (Kazakh, Russian, English) that reads it; undefined when none does.
 */
export function hedgeWord(hedge: string, lang?: ReaderLang): HedgeWord | undefined {
	const langs: ReaderLang[] = lang ? [lang] : ['kk', 'ru', 'en'];
	for (const l of langs) {
		const bound = boundIn(hedge, l);
		if (!bound) continue;
		const low = hedge.toLowerCase();
		const gloss = l === 'kk' ? GLOSSES.find(([stem]) => low.startsWith(stem))?.[1] : undefined;
		return { bound, lang: l, ...(gloss ? { gloss } : {}) };
	}
	return undefined;
}
