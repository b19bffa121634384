import { parseWords, type WordsValue } from './parse';
import type { Numeral, NumeralKind } from './types';

// Russian numerals decline fully, so each takes the list of its case forms; "е" stands for "ё"
// too (трех/трёх), as Russian print often drops the dots.
const TABLE: [number, NumeralKind, string][] = [
	[0, 'digit', 'ноль нуль нуля ноля'],
	[1, 'digit', 'один одна одно одного одной одному одним одном одну одною'],
	[2, 'digit', 'два две двух двум двумя'],
	[3, 'digit', 'три трёх трём тремя'],
	[4, 'digit', 'четыре четырёх четырём четырьмя'],
	[5, 'digit', 'пять пяти пятью'],
	[6, 'digit', 'шесть шести шестью'],
	[7, 'digit', 'семь семи семью'],
	[8, 'digit', 'восемь восьми восемью восьмью'],
	[9, 'digit', 'девять девяти девятью'],
	[1.5, 'digit', 'полтора полторы полутора'],
	[10, 'teen', 'десять десяти десятью'],
	...[
		'одиннадцат',
		'двенадцат',
		'тринадцат',
		'четырнадцат',
		'пятнадцат',
		'шестнадцат',
		'семнадцат',
		'восемнадцат',
		'девятнадцат'
	].map((stem, i): [number, NumeralKind, string] => [
		11 + i,
		'teen',
		`${stem}ь ${stem}и ${stem}ью`
	]),
	[20, 'ten', 'двадцать двадцати двадцатью'],
	[30, 'ten', 'тридцать тридцати тридцатью'],
	[40, 'ten', 'сорок сорока'],
	[50, 'ten', 'пятьдесят пятидесяти пятьюдесятью'],
	[60, 'ten', 'шестьдесят шестидесяти шестьюдесятью'],
	[70, 'ten', 'семьдесят семидесяти семьюдесятью'],
	[80, 'ten', 'восемьдесят восьмидесяти восемьюдесятью'],
	[90, 'ten', 'девяносто девяноста'],
	[100, 'hundreds', 'сто ста стам'],
	[200, 'hundreds', 'двести двухсот двумстам двумястами двухстах'],
	[300, 'hundreds', 'триста трёхсот трёмстам тремястами трёхстах'],
	[400, 'hundreds', 'четыреста четырёхсот четырёмстам четырьмястами четырёхстах'],
	[500, 'hundreds', 'пятьсот пятисот пятистам пятьюстами пятистах'],
	[600, 'hundreds', 'шестьсот шестисот шестистам шестьюстами шестистах'],
	[700, 'hundreds', 'семьсот семисот семистам семьюстами семистах'],
	[800, 'hundreds', 'восемьсот восьмисот восьмистам восемьюстами восьмистах'],
	[900, 'hundreds', 'девятьсот девятисот девятистам девятьюстами девятистах'],
	[1e3, 'scale', 'тысяча тысячу тысячей тысячи тысяч тысячам тысячами тысячах тыс'],
	...(
		[
			[1e6, 'миллион', 'млн'],
			[1e9, 'миллиард', 'млрд'],
			[1e12, 'триллион', 'трлн']
		] as const
	).map(([v, w, abbr]): [number, NumeralKind, string] => [
		v,
		'scale',
		`${w} ${w}а ${w}у ${w}ом ${w}е ${w}ы ${w}ов ${w}ам ${w}ами ${w}ах ${abbr}`
	])
];

const fold = (w: string) => w.replace(/ё/g, 'е');
const WORDS = new Map<string, { value: number; kind: NumeralKind; plural: boolean }>();
for (const [value, kind, forms] of TABLE) {
	for (const form of forms.split(' ')) {
		// "тысячи", "миллионы", "миллионов" with no number before them mean "thousands of".
		const plural = kind === 'scale' && /(и|ч|ы|ов|ам|ами|ах)$/.test(form) && form !== 'тыс';
		WORDS.set(fold(form), { value, kind, plural });
	}
}

/** The Russian number word in any of its case forms, or undefined. */
export function ruNumeral(word: string): Numeral | undefined {
	const entry = WORDS.get(fold(word.toLowerCase()));
	return entry && { ...entry, ending: '' };
}

/** Reads Russian number words from `start`: "двух тысяч" → 2000, "полтора миллиона" → 1 500 000. */
export function ruParse(words: readonly string[], start = 0): WordsValue | undefined {
	return parseWords(ruNumeral, words, start);
}
