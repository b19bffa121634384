import { describe, expect, it } from 'vitest';
import { hedgeWord } from './hedges';

describe('hedgeWord reads a hedge with the number reader’s lexicon of its language', () => {
	it.each([
		['астамы', 'kk', 'more-than'],
		['шамамен', 'kk', 'about'],
		['дейін', 'kk', 'at-most'],
		['кем дегенде', 'kk', 'at-least'],
		['жеткен', 'kk', 'exact'],
		['около', 'ru', 'about'],
		['не более', 'ru', 'at-most'],
		['свыше', 'ru', 'more-than'],
		['от', 'ru', 'range'],
		['up to', 'en', 'at-most'],
		['roughly', 'en', 'about'],
		['at least', 'en', 'at-least'],
		['nearly', 'en', 'less-than']
	] as const)('“%s” (%s) sets %s', (hedge, lang, bound) => {
		expect(hedgeWord(hedge, lang)).toMatchObject({ bound, lang });
		// Without a language, the first reader that knows the words reads them.
		expect(hedgeWord(hedge)?.bound).toBe(bound);
	});

	it('knows no words the lexicon lacks, nor words of another language when told the language', () => {
		expect(hedgeWord('қарағанда', 'kk')).toBeUndefined();
		expect(hedgeWord('около', 'kk')).toBeUndefined();
		expect(hedgeWord('up to', 'ru')).toBeUndefined();
		// A hedge is read whole: "more" alone is not "more than".
		expect(hedgeWord('more', 'en')).toBeUndefined();
	});

	it('keeps our own gloss of a Kazakh word', () => {
		expect(hedgeWord('асқан')?.gloss).toEqual({ en: 'has exceeded', ru: 'превысил' });
	});
});
