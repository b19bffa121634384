import { describe, expect, it } from 'vitest';
import { describeBound, formatDate, formatFigure, formatMarkLabel, formatValue } from './format';

describe('formatValue', () => {
	it.each([
		[2e9, 'USD', '$2 bn'],
		[8.5e9, 'USD', '$8.5 bn'],
		[3.7e9, 'USD', '$3.7 bn'],
		[1.25e12, 'USD', '$1.25 tn'],
		[500e6, 'USD', '$500 m'],
		[0, 'USD', '$0'],
		[80, 'percent', '80%'],
		[0.5, 'percent', '0.5%'],
		[6500, 'km', '6,500 km'],
		[60, 'count', '60']
	] as const)('%d %s → %s', (value, unit, expected) => {
		expect(formatValue(value, unit)).toBe(expected);
	});
});

describe('bounds are worded honestly', () => {
	const investment = { value: 8.5e9, unit: 'USD', bound: 'more-than' } as const;
	it('in words', () => {
		expect(formatFigure(investment)).toBe('more than $8.5 bn');
		expect(formatFigure({ ...investment, bound: 'exact' })).toBe('$8.5 bn');
		expect(formatFigure({ value: 1, unit: 'percent', bound: 'less-than' })).toBe('less than 1%');
		expect(formatFigure({ value: 5, unit: 'km', bound: 'at-least' })).toBe('at least 5 km');
		expect(
			formatFigure({ value: 60, unit: 'count', bound: 'more-than', countOf: { en: 'documents' } })
		).toBe('more than 60 documents');
	});
	it('on a mark', () => {
		expect(formatMarkLabel(investment)).toBe('$8.5 bn+');
		expect(formatMarkLabel({ value: 2e9, unit: 'USD', bound: 'exact' })).toBe('$2 bn');
		expect(formatMarkLabel({ value: 1, unit: 'percent', bound: 'less-than' })).toBe('<1%');
		expect(formatMarkLabel({ value: 5, unit: 'km', bound: 'at-least' })).toBe('5 km+');
	});
	it('explained', () => {
		expect(describeBound('more-than')).toMatch(/^A lower bound/);
		expect(describeBound('less-than')).toMatch(/^An upper bound/);
		expect(describeBound('exact')).toMatch(/without a hedge/);
	});
});

describe('formatDate', () => {
	it('writes the date as a reader does', () => {
		expect(formatDate('2025-12-20')).toBe('20 December 2025');
		expect(formatDate('2024-01-05')).toBe('5 January 2024');
	});
});
