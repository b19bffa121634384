// Numbers in words, both ways, for every language derek reads: the tables, the parsers that
// turn words into values (used by the number reader) and Kazakh value → words (kk.ts, kkWords).
import { enNumeral, enParse } from './en';
import { kkNumeral, kkParse } from './kk';
import { ruNumeral, ruParse } from './ru';
import type { WordsValue } from './parse';
import type { NumeralLang, NumeralLookup } from './types';

export type { WordsValue } from './parse';
export type { Numeral, NumeralKind, NumeralLang } from './types';
export { NUMERAL_LANGS } from './types';
export { kkWords } from './kk';

/** The number word in the language's tables, with its case ending, or undefined. */
export const numeral: Record<NumeralLang, NumeralLookup> = {
	kk: kkNumeral,
	ru: ruNumeral,
	en: enNumeral
};

/** Reads the number that words spell from `start`, in the language; undefined when none does. */
export const parseNumberWords: Record<
	NumeralLang,
	(words: readonly string[], start?: number) => WordsValue | undefined
> = { kk: kkParse, ru: ruParse, en: enParse };
