import { describe, expect, it } from 'vitest';
import { parsePrinted } from './printed-number';

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
