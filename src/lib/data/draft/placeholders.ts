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

/** The placeholder translation into each of `langs` (the interface languages but the article's). */
export function translationOf<L extends Lang>(
	langs: readonly L[]
): { value: Record<L, string>; toWrite: L[] } {
	const value = Object.fromEntries(langs.map((l) => [l, TO_WRITE[l]])) as Record<L, string>;
	return { value, toWrite: [...langs] };
}

/** The kind a draft's figure has until a person names it (src/lib/words/kinds.json). */
export const UNCLASSIFIED = 'unclassified';

/** Why a figure is not charted, when the reason is plain from what the reader found. */
export const NOT_A_FIGURE: Record<'date' | 'year', Localized> = {
	date: { kk: 'Күн: көрсеткіш емес.', en: 'A date: not a figure.', ru: 'Дата: не показатель.' },
	year: { kk: 'Жыл: көрсеткіш емес.', en: 'A year: not a figure.', ru: 'Год: не показатель.' }
};
