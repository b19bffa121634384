// Which translations an article's records carry: one into each interface language but the
// article's own. A Russian article's sentences are translated into Kazakh and English; a Russian
// reader reads the sentence itself, so a Russian "translation" of it would be shown to no one.
import type { RecordAt } from './errors';
import { translationLangs, type Lang, type Translated } from './types';

/** `field` (e.g. "translation", "titleTranslation") has exactly the languages `source` needs. */
export function checkTranslations(
	at: RecordAt,
	field: string,
	translation: Translated,
	source: Lang
): void {
	const needed = translationLangs(source);
	for (const lang of needed) {
		if (translation[lang] === undefined) {
			at.fail(
				`${field}.${lang}`,
				`the ${lang} translation is missing: an article in ${source} is translated into ${needed.join(' and ')}`
			);
		}
	}
	if (translation[source] !== undefined) {
		at.fail(
			`${field}.${source}`,
			`is not needed: the article is in ${source}, whose readers read the original (translate into ${needed.join(' and ')})`
		);
	}
}
