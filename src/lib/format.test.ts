import { describe, expect, it } from 'vitest';
import {
	describeBound,
	formatDate,
	formatFigure,
	formatMarkLabel,
	formatValue,
	kkAblative
} from './format';

const NBSP = '\u00a0';

describe('formatValue, in each language', () => {
	it.each([
		[2e9, 'USD', '$2 bn', `2 млрд${NBSP}$`, `2 млрд${NBSP}$`],
		[8.5e9, 'USD', '$8.5 bn', `8,5 млрд${NBSP}$`, `8,5 млрд${NBSP}$`],
		[1.25e12, 'USD', '$1.25 tn', `1,25 трлн${NBSP}$`, `1,25 трлн${NBSP}$`],
		[500e6, 'USD', '$500 m', `500 млн${NBSP}$`, `500 млн${NBSP}$`],
		[0, 'USD', '$0', `0${NBSP}$`, `0${NBSP}$`],
		[80, 'percent', '80%', '80%', '80%'],
		[0.5, 'percent', '0.5%', '0,5%', '0,5%'],
		[6500, 'km', `6,500${NBSP}km`, `6${NBSP}500${NBSP}км`, `6${NBSP}500${NBSP}км`],
		[60, 'count', '60', '60', '60']
	] as const)('%d %s → %s | %s | %s', (value, unit, en, kk, ru) => {
		expect(formatValue(value, unit, 'en')).toBe(en);
		expect(formatValue(value, unit, 'kk')).toBe(kk);
		expect(formatValue(value, unit, 'ru')).toBe(ru);
	});
});

describe('bounds are worded as each language says them', () => {
	const investment = { value: 8.5e9, unit: 'USD', bound: 'more-than' } as const;
	const share = { value: 1, unit: 'percent', bound: 'less-than' } as const;
	const length = { value: 5, unit: 'km', bound: 'at-least' } as const;
	const docs = {
		value: 60,
		unit: 'count',
		bound: 'more-than',
		countOf: { kk: 'екіжақты құжат', en: 'bilateral documents', ru: 'двусторонних документов' }
	} as const;

	it('in English', () => {
		expect(formatFigure(investment, 'en')).toBe('more than $8.5 bn');
		expect(formatFigure({ ...investment, bound: 'exact' }, 'en')).toBe('$8.5 bn');
		expect(formatFigure(share, 'en')).toBe('less than 1%');
		expect(formatFigure(length, 'en')).toBe(`at least 5${NBSP}km`);
		expect(formatFigure(docs, 'en')).toBe('more than 60 bilateral documents');
	});

	it('in Russian', () => {
		expect(formatFigure(investment, 'ru')).toBe(`более 8,5 млрд${NBSP}$`);
		expect(formatFigure({ ...investment, bound: 'exact' }, 'ru')).toBe(`8,5 млрд${NBSP}$`);
		expect(formatFigure(share, 'ru')).toBe('менее 1%');
		expect(formatFigure(length, 'ru')).toBe(`не менее 5${NBSP}км`);
		expect(formatFigure(docs, 'ru')).toBe('более 60 двусторонних документов');
	});

	it('in Kazakh, with the hedge after the number and the ablative it governs', () => {
		expect(formatFigure(investment, 'kk')).toBe('8,5 млрд доллардан астам');
		expect(formatFigure({ ...investment, bound: 'exact' }, 'kk')).toBe('8,5 млрд доллар');
		expect(formatFigure(share, 'kk')).toBe('1 пайыздан төмен');
		expect(formatFigure(length, 'kk')).toBe('кемінде 5 км');
		expect(formatFigure(docs, 'kk')).toBe('60-тан астам екіжақты құжат');
		expect(formatFigure({ value: 80, unit: 'count', bound: 'more-than' }, 'kk')).toBe(
			'80-нен астам'
		);
	});

	it('on a mark, compactly', () => {
		expect(formatMarkLabel(investment, 'en')).toBe('$8.5 bn+');
		expect(formatMarkLabel(investment, 'kk')).toBe(`8,5 млрд${NBSP}$+`);
		expect(formatMarkLabel(share, 'ru')).toBe('<1%');
		expect(formatMarkLabel(length, 'en')).toBe(`5${NBSP}km+`);
		expect(formatMarkLabel({ ...investment, bound: 'exact' }, 'en')).toBe('$8.5 bn');
	});

	it('explained, in each language', () => {
		expect(describeBound('more-than', 'en')).toMatch(/^A lower bound/);
		expect(describeBound('less-than', 'en')).toMatch(/^An upper bound/);
		expect(describeBound('more-than', 'kk')).toMatch(/^Төменгі шек/);
		expect(describeBound('less-than', 'ru')).toMatch(/^Верхняя граница/);
		expect(describeBound('exact', 'ru')).toMatch(/без оговорок/);
	});
});

describe('kkAblative follows the last number word said aloud', () => {
	it.each([
		[1, 'ден'],
		[3, 'тен'],
		[6, 'дан'],
		[10, 'нан'],
		[20, 'дан'],
		[40, 'тан'],
		[50, 'ден'],
		[60, 'тан'],
		[80, 'нен'],
		[100, 'ден'],
		[2000, 'нан'],
		[65, 'тен']
	])('%d-%s', (n, ending) => expect(kkAblative(n)).toBe(ending));
});

describe('formatDate', () => {
	it('writes the date as a reader of each language does', () => {
		expect(formatDate('2025-12-20', 'en')).toBe('20 December 2025');
		expect(formatDate('2025-12-20', 'kk')).toBe('2025 жылғы 20 желтоқсан');
		expect(formatDate('2025-12-20', 'ru')).toBe('20 декабря 2025 г.');
		expect(formatDate('2024-01-05', 'en')).toBe('5 January 2024');
	});
});
