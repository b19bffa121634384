import { LANGS } from './types';
import type { RecordReader } from './validate';
import { NOUN_FORM_KEYS, type NounForms } from '../words/plural';

/**
 * A counted noun in every language with every form its number may call for (ru: one, few, many
 * and the genitive singular; en: one, other; kk: one), so no number can print "22 квадратов".
 */
export function readCountedNoun(r: RecordReader, field: string): NounForms | undefined {
	if (!r.has(field)) return undefined;
	const forms = r.object(field);
	for (const key of forms.keys()) {
		if (!(LANGS as readonly string[]).includes(key)) {
			forms.fail(key, `"${key}" is not one of the languages ${LANGS.join(', ')}`);
		}
	}
	const out = {} as Record<string, Record<string, string>>;
	for (const lang of LANGS) {
		if (!forms.has(lang)) {
			forms.fail(lang, `the ${lang} forms are missing (${NOUN_FORM_KEYS[lang].join(', ')})`);
		}
		const inner = forms.object(lang);
		const keys: readonly string[] = NOUN_FORM_KEYS[lang];
		for (const key of inner.keys()) {
			if (!keys.includes(key))
				inner.fail(key, `"${key}" is not one of the forms ${keys.join(', ')}`);
		}
		out[lang] = Object.fromEntries(keys.map((key) => [key, inner.string(key)]));
	}
	return out as unknown as NounForms;
}
