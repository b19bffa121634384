// What a draft writes where only a person can: a text that says it is a draft, in every language,
// with no number in it (a shown number must be a fact's own, see ../inferences.ts).
import type { Lang, Localized } from '../types';

const TO_WRITE: Localized = {
	kk: 'Жоба: әлі жазылмаған',
	en: 'Draft: not written yet',
	ru: 'Черновик: ещё не написано'
};

/** The placeholder text in every interface language. */
export const placeholder = (): Localized => ({ ...TO_WRITE });

/** The placeholder in each of `langs`, but `original` where a language is the article's own. */
export function translationOf<L extends Lang>(
	langs: readonly L[],
	source: Lang,
	original: string
): { value: Record<L, string>; toWrite: L[] } {
	const value = Object.fromEntries(
		langs.map((l) => [l, l === source ? original : TO_WRITE[l]])
	) as Record<L, string>;
	return { value, toWrite: langs.filter((l) => l !== source) };
}

/** Why a figure is not charted, when the reason is plain from what the reader found. */
export const NOT_A_FIGURE: Record<'date' | 'year', Localized> = {
	date: { kk: 'Күн: көрсеткіш емес.', en: 'A date: not a figure.', ru: 'Дата: не показатель.' },
	year: { kk: 'Жыл: көрсеткіш емес.', en: 'A year: not a figure.', ru: 'Год: не показатель.' }
};
