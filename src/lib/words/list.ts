import type { Lang } from '../data/types';

// CLDR (Intl.ListFormat) has no Kazakh list patterns: Node joins a Kazakh list with commas only.
const AND: Record<Lang, string> = { kk: 'және', en: 'and', ru: 'и' };

/** Items joined as the language lists them: "A, B and C", «А, Б и В», «А, Б және В». */
export function listOf(items: readonly string[], lang: Lang): string {
	if (items.length < 2) return items.join('');
	return `${items.slice(0, -1).join(', ')} ${AND[lang]} ${items.at(-1)}`;
}
