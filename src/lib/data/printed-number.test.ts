import { describe, expect, it } from 'vitest';
import { parsePrinted, printedProblem, type PrintedClaim } from './printed-number';

describe('parsePrinted reads Kazakh number phrases', () => {
	it.each([
		['2 млрд долларға', { value: 2e9, unit: 'USD', bound: 'exact' }],
		['8,5 миллиард доллардан асқан', { value: 8.5e9, unit: 'USD', bound: 'more-than' }],
		['3,7 млрд доллардан асатын', { value: 3.7e9, unit: 'USD', bound: 'more-than' }],
		['60-тан астам', { value: 60, unit: undefined, bound: 'more-than' }],
		['80 пайыздан астамы', { value: 80, unit: 'percent', bound: 'more-than' }],
		['бір пайыздан төмен', { value: 1, unit: 'percent', bound: 'less-than' }],
		['1 пайыздан төмен', { value: 1, unit: 'percent', bound: 'less-than' }],
		['жиырма бес мың', { value: 25000, unit: undefined, bound: 'exact' }],
		['үш жүз', { value: 300, unit: undefined, bound: 'exact' }],
		['6500 км', { value: 6500, unit: 'km', bound: 'exact' }],
		['6 500 км', { value: 6500, unit: 'km', bound: 'exact' }],
		['12 мың', { value: 12000, unit: undefined, bound: 'exact' }],
		['1,25 млн', { value: 1.25e6, unit: undefined, bound: 'exact' }],
		['кем дегенде 5 млрд доллар', { value: 5e9, unit: 'USD', bound: 'at-least' }],
		['5 млрд доллардан кем', { value: 5e9, unit: 'USD', bound: 'less-than' }],
		['40%', { value: 40, unit: 'percent', bound: 'exact' }]
	])('%s', (printed, expected) => {
		expect(parsePrinted(printed)).toEqual(expected);
	});

	it('throws on a phrase with no digits', () => {
		expect(() => parsePrinted('сауда көлемі')).toThrow('"сауда көлемі" holds no number');
	});
});

/** A fact's printed words and what it claims they say, exact and a count unless told. */
const claim = (printed: string, value: number, more: Partial<PrintedClaim> = {}): PrintedClaim => ({
	printed,
	value,
	unit: 'count',
	bound: 'exact',
	...more
});

describe('printedProblem checks a fact against its printed words, in its own language', () => {
	it.each([
		['ru', claim('более 8,5 млрд долларов', 8.5e9, { unit: 'USD', bound: 'more-than' })],
		['ru', claim('около 40%', 40, { unit: 'percent', bound: 'about' })],
		['ru', claim('не менее 5 млрд долларов', 5e9, { unit: 'USD', bound: 'at-least' })],
		['ru', claim('свыше 60', 60, { bound: 'more-than' })],
		['ru', claim('6 500 км', 6500, { unit: 'km' })],
		['ru', claim('менее одного процента', 1, { unit: 'percent', bound: 'less-than' })],
		['ru', claim('двух тысяч', 2000)],
		['en', claim('more than $8.5bn', 8.5e9, { unit: 'USD', bound: 'more-than' })],
		['en', claim('$2 billion', 2e9, { unit: 'USD' })],
		['en', claim('6,500 km', 6500, { unit: 'km' })],
		['en', claim('less than one percent', 1, { unit: 'percent', bound: 'less-than' })],
		['en', claim('at least 5 million tonnes', 5e6, { unit: 't', bound: 'at-least' })],
		['en', claim('more than 60', 60, { bound: 'more-than' })],
		['kk', claim('8,5 миллиард доллардан асқан', 8.5e9, { unit: 'USD', bound: 'more-than' })]
	] as const)('%s: "%s" agrees', (lang, fact) => {
		expect(printedProblem(fact, lang)).toBeUndefined();
	});

	it('names the value the Russian words give', () => {
		expect(
			printedProblem(
				claim('более 8,5 млрд долларов', 8e9, { unit: 'USD', bound: 'more-than' }),
				'ru'
			)
		).toEqual({
			field: 'printed',
			problem: '"более 8,5 млрд долларов" reads as 8500000000, but value is 8000000000'
		});
	});

	it('reads English digits with English separators, not Russian ones', () => {
		expect(printedProblem(claim('6,500 km', 6500, { unit: 'km' }), 'ru')).toEqual({
			field: 'printed',
			problem: '"6,500 km" reads as 6.5, but value is 6500'
		});
	});

	it('names the unit and the bound the English words give', () => {
		expect(printedProblem(claim('80%', 80, { unit: 'USD' }), 'en')?.problem).toBe(
			'"80%" names the unit percent, but unit is USD'
		);
		expect(printedProblem(claim('up to $1.5 billion', 1.5e9, { unit: 'USD' }), 'en')).toEqual({
			field: 'bound',
			problem: 'is exact, but the words "up to $1.5 billion" say at-most'
		});
	});

	it('says when the words hold no number', () => {
		expect(printedProblem(claim('the trade volume', 5), 'en')?.problem).toBe(
			'"the trade volume" holds no number'
		);
	});
});
