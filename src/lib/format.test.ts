import { describe, expect, it } from 'vitest';
import { describeBound, formatDate, formatFigure, formatMarkLabel, formatValue } from './format';
import { DOCUMENT_FORMS } from '../../tests/unit/factories';

/** Expected text with "~" for each no-break space, so the tests show where a line may not break. */
const nb = (s: string) => s.replaceAll('~', '\u00a0');

describe('formatValue, in each language', () => {
	it.each([
		[2e9, 'USD', '$2~bn', '2~млрд~$', '2~млрд~$'],
		[8.5e9, 'USD', '$8.5~bn', '8,5~млрд~$', '8,5~млрд~$'],
		[1.25e12, 'USD', '$1.25~tn', '1,25~трлн~$', '1,25~трлн~$'],
		[500e6, 'USD', '$500~m', '500~млн~$', '500~млн~$'],
		[0, 'USD', '$0', '0~$', '0~$'],
		[80, 'percent', '80%', '80%', '80%'],
		[0.5, 'percent', '0.5%', '0,5%', '0,5%'],
		// Kazakh and Russian group digits only from five: 6500, 12 500.
		[6500, 'km', '6,500~km', '6500~км', '6500~км'],
		[12500, 'km', '12,500~km', '12~500~км', '12~500~км'],
		[60, 'count', '60', '60', '60']
	] as const)('%d %s → %s | %s | %s', (value, unit, en, kk, ru) => {
		expect(formatValue(value, unit, 'en')).toBe(nb(en));
		expect(formatValue(value, unit, 'kk')).toBe(nb(kk));
		expect(formatValue(value, unit, 'ru')).toBe(nb(ru));
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
		countOf: DOCUMENT_FORMS
	} as const;

	it('in English', () => {
		expect(formatFigure(investment, 'en')).toBe(nb('more than $8.5~bn'));
		expect(formatFigure({ ...investment, bound: 'exact' }, 'en')).toBe(nb('$8.5~bn'));
		expect(formatFigure(share, 'en')).toBe('less than 1%');
		expect(formatFigure(length, 'en')).toBe(nb('at least 5~km'));
		expect(formatFigure(docs, 'en')).toBe(nb('more than 60~documents'));
		expect(formatFigure({ ...docs, value: 1, bound: 'exact' }, 'en')).toBe(nb('1~document'));
	});

	it('in Russian, the hedge putting the noun in the genitive', () => {
		expect(formatFigure(investment, 'ru')).toBe(nb('более 8,5~млрд~$'));
		expect(formatFigure({ ...investment, bound: 'exact' }, 'ru')).toBe(nb('8,5~млрд~$'));
		expect(formatFigure(share, 'ru')).toBe('менее 1%');
		expect(formatFigure(length, 'ru')).toBe(nb('не менее 5~км'));
		expect(formatFigure(docs, 'ru')).toBe(nb('более 60~документов'));
		expect(formatFigure({ ...docs, value: 21 }, 'ru')).toBe(nb('более 21~документа'));
		expect(formatFigure({ ...docs, value: 22 }, 'ru')).toBe(nb('более 22~документов'));
		expect(formatFigure({ ...docs, value: 21, bound: 'exact' }, 'ru')).toBe(nb('21~документ'));
		expect(formatFigure({ ...docs, value: 22, bound: 'exact' }, 'ru')).toBe(nb('22~документа'));
	});

	it('in Kazakh, with the hedge after the number and the ablative it governs', () => {
		expect(formatFigure(investment, 'kk')).toBe(nb('8,5~млрд~доллардан астам'));
		expect(formatFigure({ ...investment, bound: 'exact' }, 'kk')).toBe(nb('8,5~млрд~доллар'));
		expect(formatFigure(share, 'kk')).toBe(nb('1~пайыздан төмен'));
		expect(formatFigure(length, 'kk')).toBe(nb('кемінде 5~км'));
		expect(formatFigure(docs, 'kk')).toBe('60-тан астам құжат');
		expect(formatFigure({ value: 80, unit: 'count', bound: 'more-than' }, 'kk')).toBe(
			'80-нен астам'
		);
	});

	it('on a mark, compactly', () => {
		expect(formatMarkLabel(investment, 'en')).toBe(nb('$8.5~bn+'));
		expect(formatMarkLabel(investment, 'kk')).toBe(nb('8,5~млрд~$+'));
		expect(formatMarkLabel(share, 'ru')).toBe('<1%');
		expect(formatMarkLabel(length, 'en')).toBe(nb('5~km+'));
		expect(formatMarkLabel({ ...investment, bound: 'exact' }, 'en')).toBe(nb('$8.5~bn'));
	});
});

describe('bound notes quote the fact’s own hedge', () => {
	it('in each language, with what the word means', () => {
		const exceeded = { bound: 'more-than', hedge: 'асқан' } as const;
		expect(describeBound(exceeded, 'en')).toBe(
			'A lower bound: the article says “асқан” (has exceeded), so the true figure is higher by an amount it does not give.'
		);
		expect(describeBound(exceeded, 'kk')).toMatch(/^Төменгі шек: мақалада «асқан» делінген,/);
		expect(describeBound(exceeded, 'ru')).toMatch(
			/^Нижняя граница: в статье сказано «асқан» \(превысил\),/
		);
		expect(describeBound({ bound: 'more-than', hedge: 'асатын' }, 'en')).toMatch(
			/“асатын” \(over\)/
		);
		expect(describeBound({ bound: 'less-than', hedge: 'төмен' }, 'ru')).toMatch(
			/^Верхняя граница: в статье сказано «төмен» \(менее\)/
		);
	});

	it('says a hedge of an exact figure is the article’s word for a round one', () => {
		expect(describeBound({ bound: 'exact', hedge: 'жеткен' }, 'en')).toBe(
			'No bound: the article says “жеткен” (reached), a round figure; the true figure may be a little above or below it.'
		);
		expect(describeBound({ bound: 'exact' }, 'kk')).toBe(
			'Шек көрсетілмеген: мақала бұл санды «астам», «төмен» сияқты сөзсіз береді.'
		);
	});

	it('refuses a bounded figure without its hedge, or a word it does not know', () => {
		expect(() => describeBound({ bound: 'more-than' }, 'en')).toThrow(/needs its hedge/);
		expect(() => describeBound({ bound: 'more-than', hedge: 'қарағанда' }, 'en')).toThrow(
			/no meaning is known/
		);
	});
});

describe('formatDate', () => {
	it('writes the date as a reader of each language does, the day never parted from its month', () => {
		expect(formatDate('2025-12-20', 'en')).toBe(nb('20~December 2025'));
		expect(formatDate('2025-12-20', 'kk')).toBe(nb('2025~жылғы 20~желтоқсан'));
		expect(formatDate('2025-12-20', 'ru')).toBe(nb('20~декабря 2025~г.'));
		expect(formatDate('2024-01-05', 'en')).toBe(nb('5~January 2024'));
	});
});
