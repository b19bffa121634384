import { describe, expect, it } from 'vitest';
import { enNumeral, enParse } from './en';

describe('enParse reads English number words', () => {
	it.each([
		['one', 1],
		['twelve', 12],
		['ninety-nine', 99],
		['twenty five', 25],
		['a hundred', 100],
		['two hundred and five', 205],
		['a dozen', 12],
		['two dozen', 24],
		['seven hundred thousand', 700_000],
		['three million', 3e6],
		['a billion', 1e9],
		['one thousand nine hundred', 1900]
	])('%s → %d', (text, value) => {
		expect(enParse(text.split(' '))?.value).toBe(value);
	});

	it('does not take a trailing "and" or a lone article', () => {
		expect(enParse(['two', 'hundred', 'and', 'fifty'])).toMatchObject({ value: 250, length: 4 });
		expect(enParse(['two', 'hundred', 'and', 'more'])).toMatchObject({ value: 200, length: 2 });
		expect(enParse(['a', 'country'])).toBeUndefined();
	});

	it('marks plurals of scales as vague', () => {
		expect(enNumeral('thousands')?.plural).toBe(true);
		expect(enNumeral('dozens')?.plural).toBe(true);
		expect(enNumeral('someone')).toBeUndefined();
		expect(enNumeral('twenty-zero')).toBeUndefined();
	});
});
