import { describe, expect, it } from 'vitest';
import { ruNumeral, ruParse } from './ru';

describe('ruParse reads Russian number words in any case', () => {
	it.each([
		['один', 1],
		['двух', 2],
		['трёх', 3],
		['трех', 3],
		['двадцать пять', 25],
		['сорока', 40],
		['двухсот пятидесяти', 250],
		['тысяча девятьсот девяносто девять', 1999],
		['двух тысяч', 2000],
		['полтора миллиона', 1_500_000],
		['семьсот тысяч', 700_000],
		['трёх миллиардов', 3e9],
		['пятнадцати', 15]
	])('%s → %d', (text, value) => {
		expect(ruParse(text.split(' '))?.value).toBe(value);
	});

	it('marks a plural scale, vague without a number before it', () => {
		expect(ruNumeral('тысячи')?.plural).toBe(true);
		expect(ruNumeral('тысяча')?.plural).toBe(false);
		expect(ruNumeral('миллионов')?.plural).toBe(true);
	});

	it.each(['одновременно', 'раз', 'сторона', 'единый'])('"%s" is not a number word', (word) => {
		expect(ruNumeral(word)).toBeUndefined();
	});

	it('stops where the number stops', () => {
		expect(ruParse(['пять', 'двадцать'])).toMatchObject({ value: 5, length: 1 });
	});
});
