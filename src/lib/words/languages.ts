// The names of derek's languages in each interface language, in the forms the two labels of a
// quote need: "Original (Russian)" over the sentence, and "ours, from the Russian original" by
// our translation. Kazakh names a language by its adverb (орысша, "in Russian"), which takes the
// ablative case ending through the noun after it (орысша түпнұсқадан); Russian needs the
// prepositional (на русском) and the genitive (с русского оригинала).
import type { Lang } from '../data/types';
import { typeset } from '../typography';

/** One interface language's names of the languages, and the two labels built from a name. */
interface Words<Name> {
	names: Record<Lang, Name>;
	original: (name: Name) => string;
	translationNote: (name: Name) => string;
}

const en: Words<string> = {
	names: { kk: 'Kazakh', en: 'English', ru: 'Russian' },
	original: (name) => `Original (${name})`,
	translationNote: (name) => `ours, from the ${name} original`
};

const kk: Words<string> = {
	names: { kk: 'қазақша', en: 'ағылшынша', ru: 'орысша' },
	original: (name) => `Түпнұсқа (${name})`,
	translationNote: (name) => `${name} түпнұсқадан біздің аудармамыз`
};

const ru: Words<{ prepositional: string; genitive: string }> = {
	names: {
		kk: { prepositional: 'казахском', genitive: 'казахского' },
		en: { prepositional: 'английском', genitive: 'английского' },
		ru: { prepositional: 'русском', genitive: 'русского' }
	},
	original: (name) => `Оригинал (на ${name.prepositional})`,
	translationNote: (name) => `наш, с ${name.genitive} оригинала`
};

/** The label over a verbatim quote: "Original (Russian)", for a reader of `lang`. */
export function originalLabel(source: Lang, lang: Lang): string {
	const text =
		lang === 'en'
			? en.original(en.names[source])
			: lang === 'kk'
				? kk.original(kk.names[source])
				: ru.original(ru.names[source]);
	return typeset(text, lang);
}

/** What our translation is, for a reader of `lang`: "ours, from the Russian original". */
export function translationNote(source: Lang, lang: Lang): string {
	const text =
		lang === 'en'
			? en.translationNote(en.names[source])
			: lang === 'kk'
				? kk.translationNote(kk.names[source])
				: ru.translationNote(ru.names[source]);
	return typeset(text, lang);
}
