import type { Numeral, NumeralKind, NumeralLookup } from './types';

/** Which kind of word may follow which, so "бес он" or "two three" are two numbers, not one. */
const FOLLOWS: Record<NumeralKind | 'start', readonly NumeralKind[]> = {
	start: ['digit', 'teen', 'ten', 'hundreds', 'hundred', 'dozen', 'scale'],
	digit: ['hundred', 'scale', 'dozen', 'half'],
	teen: ['hundred', 'scale'],
	ten: ['digit', 'scale', 'half'],
	hundreds: ['digit', 'teen', 'ten', 'scale'],
	hundred: ['digit', 'teen', 'ten', 'scale'],
	scale: ['digit', 'teen', 'ten', 'hundreds', 'hundred'],
	dozen: ['scale'],
	half: ['scale']
};

/** A number read from words: its value, how many words it took, and its last word's entry. */
export interface WordsValue {
	value: number;
	/** Words consumed from `start`, including joining words ("and", "a"). */
	length: number;
	/** The entries of the number words, in order. */
	numerals: Numeral[];
}

export interface ParseOptions {
	/** Words that may join two parts of one number ("two hundred and five"). */
	joiners?: readonly string[];
	/** Words that stand for one before a multiplier ("a hundred", "a dozen"). */
	articles?: readonly string[];
}

/**
 * Reads the number that the words from `start` spell, e.g. ["жеті", "жүз", "мың"] → 700 000.
 * Stops at the first word that cannot continue the number; undefined when none starts there.
 */
export function parseWords(
	lookup: NumeralLookup,
	words: readonly string[],
	start = 0,
	{ joiners = [], articles = [] }: ParseOptions = {}
): WordsValue | undefined {
	let total = 0;
	let group = 0;
	let lastScale = Infinity;
	let last: NumeralKind | 'start' = 'start';
	let end = start;
	const numerals: Numeral[] = [];
	for (let i = start; i < words.length; i++) {
		const word = words[i] ?? '';
		const entry = lookup(word);
		if (!entry) {
			const next = lookup(words[i + 1] ?? '');
			// "a hundred", "a dozen": the article stands for one, only before a multiplier.
			if (last === 'start' && articles.includes(word) && next) {
				if (next.kind === 'hundred' || next.kind === 'dozen' || next.kind === 'scale') {
					group = 1;
					last = 'digit';
					continue;
				}
			}
			// "two hundred and five": a joiner only counts when a number word follows.
			if ((last === 'hundred' || last === 'scale') && joiners.includes(word) && next) continue;
			break;
		}
		if (!FOLLOWS[last].includes(entry.kind)) break;
		// The ten and its digit must be one group: "twenty five", not "twenty" "five hundred".
		if (entry.kind === 'digit' && last === 'ten' && group % 10 !== 0) break;
		if (entry.kind === 'scale') {
			if (entry.value >= lastScale) break;
			total += (group || 1) * entry.value;
			lastScale = entry.value;
			group = 0;
		} else if (entry.kind === 'hundred') {
			if (group >= 100) break;
			group = (group || 1) * 100;
		} else if (entry.kind === 'dozen') {
			group = (group || 1) * 12;
		} else if (entry.kind === 'half') {
			group += 0.5;
		} else {
			group += entry.value;
		}
		numerals.push(entry);
		last = entry.kind;
		end = i + 1;
	}
	if (numerals.length === 0) return undefined;
	return { value: total + group, length: end - start, numerals };
}
