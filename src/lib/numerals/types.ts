/** The languages derek reads numbers in. */
export const NUMERAL_LANGS = ['kk', 'ru', 'en'] as const;
export type NumeralLang = (typeof NUMERAL_LANGS)[number];

/**
 * What part a number word plays when words are composed into a value:
 * - `digit` 1–9 (and ru "полтора", 1.5), `teen` 10–19 as one word, `ten` 20…90 (kk "он" too, as
 *   in "он бес"), `hundreds` a single word for 100…900 (ru "двести");
 * - `hundred` multiplies what comes before by 100 ("екі жүз", "two hundred"), `dozen` by 12;
 * - `scale` closes a group of three digits (мың, тысяча, million…);
 * - `half` adds a half to what comes before (kk "бір жарым", 1.5).
 */
export type NumeralKind =
	'digit' | 'teen' | 'ten' | 'hundreds' | 'hundred' | 'dozen' | 'scale' | 'half';

/** One number word as found in a text. */
export interface Numeral {
	value: number;
	kind: NumeralKind;
	/** The case ending after the stem (Kazakh "мыңнан" → "нан"); empty when there is none. */
	ending: string;
	/** Whether the word is a plural of a scale ("тысячи", "millions"): vague on its own. */
	plural?: boolean;
}

/** Looks one lowercase word up in a language's table. */
export type NumeralLookup = (word: string) => Numeral | undefined;
