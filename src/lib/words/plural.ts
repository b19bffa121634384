// Counted nouns take the form their number calls for, chosen by Intl.PluralRules, never by
// `n === 1`: Russian says 1 квадрат, 2 квадрата, 5 квадратов, 21 квадрат, 22 квадрата; English
// one square, two squares; Kazakh keeps the noun singular after any number (60 құжат).
import type { Lang } from '../data/types';

/** The forms of a counted noun in each language, named by Intl.PluralRules' categories. */
export interface NounForms {
	kk: { one: string };
	en: { one: string; other: string };
	/**
	 * `one`, `few`, `many` as said after a bare number (1 документ, 2 документа, 5 документов);
	 * `genitiveOne` after a word that governs the genitive ("более 21 документа"): after such a
	 * word `few` and `many` both take the genitive plural, which is `many`.
	 */
	ru: { one: string; few: string; many: string; genitiveOne: string };
}

/** The keys each language's forms must have, in the order the data lists them. */
export const NOUN_FORM_KEYS = {
	kk: ['one'],
	en: ['one', 'other'],
	ru: ['one', 'few', 'many', 'genitiveOne']
} as const satisfies { [L in Lang]: readonly (keyof NounForms[L])[] };

const rules = new Map<Lang, Intl.PluralRules>();
const rule = (lang: Lang) => {
	let r = rules.get(lang);
	if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
	return r;
};

/**
 * The form of `forms` that follows the number `n` in `lang`. `genitive` is for Russian after
 * "более", "менее", "не менее", "из", which put the number and its noun in the genitive.
 */
export function nounFor(
	n: number,
	forms: NounForms,
	lang: Lang,
	{ genitive = false } = {}
): string {
	const category = rule(lang).select(n);
	switch (lang) {
		case 'kk':
			return forms.kk.one;
		case 'en':
			return category === 'one' ? forms.en.one : forms.en.other;
		case 'ru': {
			const ru = forms.ru;
			if (category === 'one') return genitive ? ru.genitiveOne : ru.one;
			if (category === 'few') return genitive ? ru.many : ru.few;
			// "other" is a fraction (1,5): it takes the genitive singular, as "few" does.
			if (category === 'other') return genitive ? ru.genitiveOne : ru.few;
			return ru.many;
		}
	}
}

/** The form after "one of the", "один из", "бір": one of many (English and Russian plural, Kazakh singular). */
export function oneOfThe(forms: NounForms, lang: Lang): string {
	return lang === 'kk' ? forms.kk.one : lang === 'en' ? forms.en.other : forms.ru.many;
}
