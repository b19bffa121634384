import type { Lang } from '$lib/data/types';
import { typeset } from '$lib/typography';

/**
 * A chart type's own legend words, kept in its folder (a new type brings its words with it, and
 * src/lib/i18n.ts holds only the site's). Every language has every key, or the build fails.
 * Returns the word for a key, typeset for its language, as `t()` does for the site's words.
 */
export function defineWords<K extends string>(
	words: Record<Lang, Record<K, string>>
): (key: K, lang: Lang) => string {
	return (key, lang) => typeset(words[lang][key], lang);
}
