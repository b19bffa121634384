import type { Fact, Localized } from '$lib/data/types';
import { typeset } from '$lib/typography';

/** Expected text with "~" for each no-break space, so a test shows where a line may not break. */
export const nb = (s: string) => s.replaceAll('~', '\u00a0');

const same = (text: string): Localized => ({
	kk: typeset(text, 'kk'),
	en: typeset(text, 'en'),
	ru: typeset(text, 'ru')
});

/**
 * A small fact for tests about code, not data: plain placeholder texts, the given fields, and
 * a sentence that holds the number as printed. Texts are typeset as the dataset's are.
 */
export function makeFact(fields: Partial<Fact> & Pick<Fact, 'value' | 'unit' | 'bound'>): Fact {
	const printed = fields.printed ?? String(fields.value);
	return {
		id: 'test-fact',
		label: same('Test figure'),
		period: same('test period'),
		kind: same('test kind'),
		measure: same('What the test figure measures.'),
		parties: ['KZ'],
		printed,
		sentence: `Сөйлем ${printed} бар.`,
		paragraph: 1,
		offset: 0,
		attribution: { who: same('Test source') },
		translation: { en: 'A sentence.', ru: 'Предложение.' },
		...fields
	};
}
