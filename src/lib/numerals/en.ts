import { parseWords, type WordsValue } from './parse';
import type { Numeral } from './types';

export const EN_DIGITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
export const EN_TEENS = [
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen'
];
export const EN_TENS = [
	'twenty',
	'thirty',
	'forty',
	'fifty',
	'sixty',
	'seventy',
	'eighty',
	'ninety'
];

const WORDS = new Map<string, Numeral>([
	['zero', { value: 0, kind: 'digit', ending: '' }],
	...EN_DIGITS.map((w, i): [string, Numeral] => [w, { value: i + 1, kind: 'digit', ending: '' }]),
	...EN_TEENS.map((w, i): [string, Numeral] => [w, { value: 10 + i, kind: 'teen', ending: '' }]),
	...EN_TENS.map((w, i): [string, Numeral] => [w, { value: 20 + i * 10, kind: 'ten', ending: '' }]),
	['hundred', { value: 100, kind: 'hundred', ending: '' }],
	['dozen', { value: 12, kind: 'dozen', ending: '' }],
	...(
		[
			['thousand', 1e3],
			['million', 1e6],
			['billion', 1e9],
			['trillion', 1e12]
		] as const
	).map(([w, value]): [string, Numeral] => [w, { value, kind: 'scale', ending: '' }])
]);

/** The English number word ("hundreds", "millions" are marked plural: vague on their own). */
export function enNumeral(word: string): Numeral | undefined {
	const w = word.toLowerCase();
	const entry = WORDS.get(w);
	if (entry) return entry;
	if (w.endsWith('s')) {
		const singular = WORDS.get(w.slice(0, -1));
		if (singular && ['scale', 'hundred', 'dozen'].includes(singular.kind))
			return { ...singular, plural: true };
	}
	// "twenty-five" is one word in print and two in the number.
	const [ten, digit, ...rest] = w.split('-');
	const t = WORDS.get(ten ?? '');
	const d = WORDS.get(digit ?? '');
	if (rest.length === 0 && t?.kind === 'ten' && d?.kind === 'digit' && d.value > 0) {
		return { value: t.value + d.value, kind: 'ten', ending: '' };
	}
	return undefined;
}

/** Reads English number words from `start`: "two hundred and five" → 205, "a dozen" → 12. */
export function enParse(words: readonly string[], start = 0): WordsValue | undefined {
	return parseWords(enNumeral, words, start, { joiners: ['and'], articles: ['a', 'an'] });
}
