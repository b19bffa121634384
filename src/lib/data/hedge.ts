import type { RecordAt } from './errors';
import type { ReaderLang } from './reader/types';
import type { Bound } from './types';
import { hedgeWord } from '../words/hedges';

/**
 * The words of the sentence that set the figure's bound («асқан», «астам», «жеткен», «около»,
 * "up to"), so a bound note can quote the article's own word. They must be verbatim in the
 * sentence and next to the number: inside the number as printed or the word right after it. A
 * bounded figure must name its words; the number reader of the article's language must read
 * them as a bound (its lexicon is the one list of hedges), and as the same bound.
 */
export function checkHedge(
	r: RecordAt,
	fact: { hedge?: string | undefined; sentence: string; printed: string; bound: Bound },
	lang: ReaderLang
): void {
	const { hedge } = fact;
	if (!hedge) {
		// A range is stated by its two ends ("5–7 млн", "от 25 до 30"), not by a hedge word.
		if (fact.bound !== 'exact' && fact.bound !== 'range') {
			const a = /^[aeiou]/.test(fact.bound) ? 'an' : 'a';
			r.fail('hedge', `is missing: ${a} ${fact.bound} figure must quote the words that bound it`);
		}
		return;
	}
	const word = hedgeWord(hedge, lang);
	if (!word)
		r.fail(
			'hedge',
			`"${hedge}" is not a hedge word the ${lang} reader knows (see src/lib/data/reader/lexicon/${lang}.ts)`
		);
	if (word.bound !== fact.bound) {
		r.fail('hedge', `"${hedge}" sets the bound ${word.bound}, but bound is ${fact.bound}`);
	}
	if (!besideNumber(hedge, fact.sentence, fact.printed)) {
		r.fail(
			'hedge',
			`"${hedge}" does not stand next to "${fact.printed}" in the sentence (inside it or the word after it)`
		);
	}
}

/** Whether `hedge` starts a word of `printed`, or the word that follows `printed`, in `sentence`. */
function besideNumber(hedge: string, sentence: string, printed: string): boolean {
	const at = sentence.indexOf(printed);
	if (at < 0) return false;
	const next = /^\s*\S+/.exec(sentence.slice(at + printed.length))?.[0] ?? '';
	const words = `${printed} ${next}`.split(/\s+/);
	const first = hedge.split(/\s+/)[0] ?? hedge;
	return words.some((w) => w.startsWith(first)) && `${printed} ${next.trim()}`.includes(hedge);
}
