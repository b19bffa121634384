import { parseWords, type WordsValue } from './parse';
import type { Numeral, NumeralKind } from './types';

/** Kazakh number words, each with its value and part in a composed number. */
export const KK_DIGITS = [
	'бір',
	'екі',
	'үш',
	'төрт',
	'бес',
	'алты',
	'жеті',
	'сегіз',
	'тоғыз'
] as const;
export const KK_TENS = [
	'он',
	'жиырма',
	'отыз',
	'қырық',
	'елу',
	'алпыс',
	'жетпіс',
	'сексен',
	'тоқсан'
] as const;
export const KK_HUNDRED = 'жүз';
/** Scales by value, largest first; the abbreviations read the same. */
export const KK_SCALES: readonly [number, readonly string[]][] = [
	[1e12, ['триллион', 'трлн']],
	[1e9, ['миллиард', 'млрд']],
	[1e6, ['миллион', 'млн']],
	[1e3, ['мың']]
];
export const KK_ZERO = 'нөл';
/** "бір жарым" is one and a half. */
export const KK_HALF = 'жарым';

// Case endings a numeral takes when it ends its phrase: ablative ("жүзден астам"), dative,
// locative, genitive, accusative, instrumental and the approximative "-дай" ("мыңдай", about a
// thousand). Plurals ("ондаған", tens of) and possessives ("бірі", one of) are not numbers.
const ENDINGS =
	/^(|[дтн][аеә]н|[дтн]ен|[ғгқк][аеә]|[дт][аеә]|[ндт][ыі]ң|[ндт][ыі]|[мбп]ен|[дт][аеә]й)$/;
// Words whose stem is a numeral but which mean something else with most endings: "онда" (there),
// "оның" (its), "бірге" (together), "үшін" (for). These take only the endings listed.
const ONLY: Record<string, readonly string[]> = {
	он: ['', 'нан', 'ға'],
	бір: ['', 'ден'],
	жүз: ['', 'ден', 'ге', 'дей'],
	жеті: ['', 'ден', 'ге', 'де']
};

const ENTRIES: [string, number, NumeralKind][] = [
	...KK_DIGITS.map((w, i): [string, number, NumeralKind] => [w, i + 1, 'digit']),
	...KK_TENS.map((w, i): [string, number, NumeralKind] => [w, (i + 1) * 10, 'ten']),
	[KK_HUNDRED, 100, 'hundred'],
	...KK_SCALES.flatMap(([v, ws]) => ws.map((w): [string, number, NumeralKind] => [w, v, 'scale'])),
	[KK_HALF, 0.5, 'half'],
	[KK_ZERO, 0, 'digit']
];
// Longest stems first, so "жетпіс" is not read as "жеті" and an ending.
ENTRIES.sort((a, b) => b[0].length - a[0].length);

/** The Kazakh number word, with the case ending it carries, or undefined. */
export function kkNumeral(word: string): Numeral | undefined {
	const w = word.toLowerCase();
	for (const [stem, value, kind] of ENTRIES) {
		if (!w.startsWith(stem)) continue;
		// "млн-нан", "60-тан": an ending may be hyphenated to a short form.
		const ending = w.slice(stem.length).replace(/^-/, '');
		const only = ONLY[stem];
		if (only ? only.includes(ending) : ENDINGS.test(ending)) return { value, kind, ending };
	}
	return undefined;
}

/** Reads Kazakh number words from `start`: "жеті жүз мың" → 700 000, "бір жарым" → 1.5. */
export function kkParse(words: readonly string[], start = 0): WordsValue | undefined {
	return parseWords(kkNumeral, words, start);
}

function below1000(n: number): string[] {
	const words: string[] = [];
	const hundreds = Math.floor(n / 100);
	const tens = Math.floor((n % 100) / 10);
	const digits = n % 10;
	if (hundreds > 0) {
		if (hundreds > 1) words.push(KK_DIGITS[hundreds - 1] ?? '');
		words.push(KK_HUNDRED);
	}
	if (tens > 0) words.push(KK_TENS[tens - 1] ?? '');
	if (digits > 0) words.push(KK_DIGITS[digits - 1] ?? '');
	return words;
}

function integerWords(n: number): string[] {
	if (n === 0) return [KK_ZERO];
	const words: string[] = [];
	let rest = n;
	for (const [scale, [name]] of KK_SCALES) {
		const group = Math.floor(rest / scale);
		rest -= group * scale;
		if (group === 0) continue;
		// "мың" alone is a thousand; "бір миллион", "бір миллиард" name their one.
		if (!(group === 1 && scale === 1e3)) words.push(...integerWords(group));
		words.push(name ?? '');
	}
	words.push(...below1000(rest));
	return words;
}

// The denominator of a decimal fraction in the ablative: 8,5 is "eight whole, of ten five".
function denominator(places: number): string {
	const words = integerWords(10 ** places);
	const last = words.pop() ?? '';
	const ablative = last === 'он' ? 'оннан' : last === KK_HUNDRED ? 'жүзден' : `${last}нан`;
	return [...words, ablative].join(' ');
}

/**
 * A number as read aloud in Kazakh: 700 000 → "жеті жүз мың", 8.5 → "сегіз бүтін оннан бес",
 * 0.25 → "нөл бүтін жүзден жиырма бес". Case endings follow the last word.
 */
export function kkWords(value: number): string {
	if (!Number.isFinite(value)) throw new RangeError(`${value} is not a finite number`);
	if (Math.abs(value) >= 1e15) throw new RangeError(`${value} is beyond trillions`);
	if (value < 0) return `минус ${kkWords(-value)}`;
	// The shortest decimal that reads back as the value: 8.5, not 8.4999….
	const shortest = String(value);
	const decimal = shortest.includes('e') ? value.toFixed(12).replace(/\.?0+$/, '') : shortest;
	const [whole = '0', fraction = ''] = decimal.split('.');
	const integer = integerWords(Number(whole)).join(' ');
	if (!fraction) return integer;
	const part = integerWords(Number(fraction)).join(' ');
	return `${integer} бүтін ${denominator(fraction.length)} ${part}`;
}
