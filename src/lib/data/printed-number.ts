import type { Bound, Unit } from './types';

/** What a number as printed in Kazakh says on its own: the value, its unit and its hedge. */
export interface PrintedNumber {
	value: number;
	/** The unit the words name, or undefined when they name none (a plain count). */
	unit: Exclude<Unit, 'count'> | undefined;
	/** The bound the words state: "астам" (more than), "төмен" (below)… or exact when none. */
	bound: Bound;
}

// Kazakh adds case endings to words ("миллиард-тан", "доллар-ға", "пайыз-дан"), so a word is
// matched by its stem at the start.
const MULTIPLIERS: [RegExp, number][] = [
	[/^(трлн|триллион)/, 1e12],
	[/^(млрд|миллиард)/, 1e9],
	[/^(млн|миллион)/, 1e6],
	[/^мың/, 1e3]
];
const UNIT_WORDS: [RegExp, Exclude<Unit, 'count'>][] = [
	[/^доллар/, 'USD'],
	[/^(пайыз|%)/, 'percent'],
	[/^(км|шақырым|километр)/, 'km']
];
const BOUND_WORDS: [RegExp, Bound][] = [
	[/^(кем дегенде|кемінде)/, 'at-least'],
	[/^(астам|асқан|асатын|асып|артық)/, 'more-than'],
	[/^(төмен|кем|аз)/, 'less-than']
];
// Numbers written as words, as the article does with "бір пайыздан төмен" (below one percent).
const NUMBER_WORDS: [RegExp, number][] = [
	[/^бір/, 1],
	[/^екі/, 2],
	[/^үш/, 3],
	[/^төрт/, 4],
	[/^бес/, 5],
	[/^алты/, 6],
	[/^жеті/, 7],
	[/^сегіз/, 8],
	[/^тоғыз/, 9],
	[/^он$|^он[ндт]/, 10],
	[/^жиырма/, 20],
	[/^отыз/, 30],
	[/^қырық/, 40],
	[/^елу/, 50],
	[/^алпыс/, 60],
	[/^жетпіс/, 70],
	[/^сексен/, 80],
	[/^тоқсан/, 90],
	[/^жүз/, 100]
];

// Digits grouped by spaces (6 500) or not (6500), with a decimal comma (8,5).
const DIGITS = /\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?|\d+(?:,\d+)?/;

const find = <T>(table: [RegExp, T][], word: string): T | undefined =>
	table.find(([re]) => re.test(word))?.[1];

/** The number at the start of the phrase's words, in digits or in words, and where it ends. */
function readNumber(text: string): { value: number; before: string; after: string } {
	const digits = DIGITS.exec(text);
	if (digits) {
		return {
			value: Number(digits[0].replace(/[ \u00a0]/g, '').replace(',', '.')),
			before: text.slice(0, digits.index),
			// "60-тан": a case ending hyphenated to the digits is not a word of its own.
			after: text.slice(digits.index + digits[0].length).replace(/^-\S*/, '')
		};
	}
	const words = text.split(/\s+/);
	const start = words.findIndex((w) => find(NUMBER_WORDS, w) !== undefined);
	if (start < 0) throw new Error(`"${text}" holds no number`);
	let value = 0;
	let end = start;
	for (; end < words.length; end++) {
		const n = find(NUMBER_WORDS, words[end] ?? '');
		if (n === undefined) break;
		value = n === 100 ? Math.max(value, 1) * 100 : value + n;
	}
	return {
		value,
		before: words.slice(0, start).join(' '),
		after: words
			.slice(end - 1)
			.join(' ')
			.replace(/^\S+/, '')
	};
}

/**
 * Reads the number phrase as printed in the article, e.g. "8,5 миллиард доллардан асқан".
 * Throws when the phrase holds no number.
 */
export function parsePrinted(printed: string): PrintedNumber {
	const { value: base, before, after } = readNumber(printed.toLowerCase());
	let value = base;
	let unit: PrintedNumber['unit'];
	let bound: Bound = 'exact';
	const words = after.trim().split(/\s+/).filter(Boolean);
	for (const word of words) {
		value *= find(MULTIPLIERS, word) ?? 1;
		unit ??= find(UNIT_WORDS, word);
		bound = find(BOUND_WORDS, word) ?? bound;
	}
	// A hedge may also come first: "кем дегенде 5 млрд" (at least 5 bn).
	bound = find(BOUND_WORDS, before.trim()) ?? bound;
	return { value: Math.round(value * 1e6) / 1e6, unit, bound };
}
