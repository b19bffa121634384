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

describe('the reader’s units, each with its label in each language', () => {
	it.each([
		[5e9, 'KZT', '5~bn~tenge', '5~млрд~теңге', '5~млрд~тенге'],
		[2e9, 'EUR', '€2~bn', '2~млрд~€', '2~млрд~€'],
		[3e8, 'GBP', '£300~m', '300~млн~£', '300~млн~£'],
		[4e9, 'JPY', '4~bn~yen', '4~млрд~иена', '4~млрд~иен'],
		[6e9, 'RUB', '6~bn~roubles', '6~млрд~рубль', '6~млрд~руб.'],
		[7e9, 'CNY', '7~bn~yuan', '7~млрд~юань', '7~млрд~юаней'],
		[18e6, 't', '18~m~tonnes', '18~млн~тонна', '18~млн~т'],
		[3, 'pp', '3~pp', '3~пайыздық тармақ', '3~п.~п.'],
		[2.5, 'times', '2.5~times', '2,5~есе', '2,5~раза'],
		[1 / 4, 'fraction', '25%', '25%', '25%'],
		[17e6, 'count', '17~m', '17~млн', '17~млн']
	] as const)('%d %s → %s | %s | %s', (value, unit, en, kk, ru) => {
		expect(formatValue(value, unit, 'en')).toBe(nb(en));
		expect(formatValue(value, unit, 'kk')).toBe(nb(kk));
		expect(formatValue(value, unit, 'ru')).toBe(nb(ru));
	});
});

describe('about, up to and a range, in words and on a mark', () => {
	// "~" stands for a no-break space in these tests: the approximate sign is written apart.
	const about = { value: 28e9, unit: 'USD', bound: 'about' } as const;
	const upTo = { value: 1.5e9, unit: 'USD', bound: 'at-most' } as const;
	const range = { value: 5e9, max: 7e9, unit: 'USD', bound: 'range' } as const;

	it('says "about", "up to" and the two ends of a range in each language', () => {
		expect(formatFigure(about, 'en')).toBe(nb('about $28~bn'));
		expect(formatFigure(about, 'ru')).toBe(nb('около 28~млрд~$'));
		expect(formatFigure(about, 'kk')).toBe(nb('шамамен 28~млрд~доллар'));
		expect(formatFigure(upTo, 'en')).toBe(nb('up to $1.5~bn'));
		expect(formatFigure(upTo, 'ru')).toBe(nb('до 1,5~млрд~$'));
		expect(formatFigure(upTo, 'kk')).toBe(nb('ең көбі 1,5~млрд~доллар'));
		expect(formatFigure(range, 'en')).toBe(nb('$5–7~bn'));
		expect(formatFigure(range, 'ru')).toBe(nb('5–7~млрд~$'));
		expect(formatFigure(range, 'kk')).toBe(nb('5–7~млрд~доллар'));
		expect(formatFigure({ value: 25e6, max: 30e6, unit: 't', bound: 'range' }, 'ru')).toBe(
			nb('25–30~млн~т')
		);
	});

	it('writes both ends whole when their scale words differ, with an en dash', () => {
		const wide = { value: 500e6, max: 1.2e9, unit: 'EUR', bound: 'range' } as const;
		expect(formatFigure(wide, 'en')).toBe(nb('€500~m–€1.2~bn'));
		expect(formatFigure(wide, 'ru')).toBe(nb('500~млн~€–1,2~млрд~€'));
	});

	it('counts the noun after the high end of a range, and in the genitive after "около"', () => {
		const docs = { unit: 'count', countOf: DOCUMENT_FORMS } as const;
		expect(formatFigure({ ...docs, value: 10, max: 15, bound: 'range' }, 'ru')).toBe(
			nb('10–15~документов')
		);
		expect(formatFigure({ ...docs, value: 21, bound: 'about' }, 'ru')).toBe(
			nb('около 21~документа')
		);
		expect(formatFigure({ ...docs, value: 30, bound: 'about' }, 'en')).toBe(
			nb('about 30~documents')
		);
	});

	it('marks an approximate figure with "~" and an upper bound with "up to"', () => {
		expect(formatMarkLabel(about, 'en')).toBe('~' + nb('$28~bn'));
		expect(formatMarkLabel(about, 'kk')).toBe('~' + nb('28~млрд~$'));
		expect(formatMarkLabel(upTo, 'en')).toBe(nb('up to $1.5~bn'));
		expect(formatMarkLabel(upTo, 'ru')).toBe(nb('до 1,5~млрд~$'));
		expect(formatMarkLabel(upTo, 'kk')).toBe(nb('ең көбі 1,5~млрд~$'));
		expect(formatMarkLabel(range, 'en')).toBe(nb('$5–7~bn'));
		expect(formatMarkLabel({ ...range, unit: 'KZT' }, 'kk')).toBe(nb('5–7~млрд~теңге'));
	});
});

describe('bound notes quote the fact’s own hedge', () => {
	it('glosses a hedge of another language than the reader’s, from the reader’s lexicons', () => {
		expect(describeBound({ bound: 'about', hedge: 'около' }, 'en')).toBe(
			'Approximate: the article says “около” (about), so the true figure may be above or below it, by an amount it does not give.'
		);
		expect(describeBound({ bound: 'about', hedge: 'около' }, 'ru')).toMatch(
			/^Приблизительно: в статье сказано «около», /
		);
		expect(describeBound({ bound: 'at-most', hedge: 'up to' }, 'ru')).toMatch(
			/^Верхняя граница: в статье сказано «up to» \(до\), поэтому фактическое число такое или меньше/
		);
		expect(describeBound({ bound: 'at-most', hedge: 'дейін' }, 'en')).toMatch(
			/^An upper bound: the article says “дейін” \(up to\), so the true figure is this or lower/
		);
		expect(describeBound({ bound: 'range' }, 'en')).toBe(
			'A range: the article gives a low and a high end; the true figure lies between them.'
		);
	});

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
