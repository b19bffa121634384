import { describe, expect, it } from 'vitest';
import { readArticle, readSentence } from './read';
import type { ReaderLang } from './types';

const printed = (lang: ReaderLang, s: string) => readSentence(lang, s).map((c) => c.printed);
const one = (lang: ReaderLang, s: string) => {
	const [c, ...rest] = readSentence(lang, s);
	expect(rest).toEqual([]);
	return c;
};

describe('readSentence leaves out what only looks like a number', () => {
	it.each([
		['kk', 'Сарапшылардың бірі басқа бір жолды таңдап, біраз уақыт бірге жұмыс істеді.'],
		['kk', 'Бұл үшін екінші кезеңде бірнеше облыс ондаған, мыңдаған адамды тартады.'],
		['ru', 'Одна из крупнейших компаний потеряла тысячи клиентов во время пандемии COVID-19.'],
		['ru', 'Согласно статье 5, заседание пройдёт в 10:30 на 5-м этаже.'],
		['en', 'One of the G7 members said thousands of people met at 10:30 on the 5th floor.'],
		['en', 'Under Article 12, no one can sign the C5+1 deal alone.']
	] as const)('%s: %s', (lang, s) => {
		expect(printed(lang, s)).toEqual([]);
	});
});

describe('readSentence lets context decide the bound', () => {
	it.each([
		['ru', 'Инфляция замедлилась до 8,6% в декабре.', '8,6%', 'exact'],
		['ru', 'Инвестиции составят до 1,5 млрд долларов.', 'до 1,5 млрд долларов', 'at-most'],
		['en', 'Inflation slowed to 8.6% in December.', '8.6%', 'exact'],
		['en', 'It will invest up to $1.5 billion.', 'up to $1.5 billion', 'at-most'],
		['kk', 'Экспорт 60-тан көп елге жетеді.', '60-тан көп', 'more-than'],
		['kk', 'Инфляция 8,6%-ға дейін төмендеді.', '8,6%-ға', 'exact']
	] as const)('%s: %s', (lang, s, words, bound) => {
		expect(one(lang, s)).toMatchObject({ printed: words, bound });
	});

	it('reads "до 2030 года" as a year, not a bound', () => {
		expect(one('ru', 'Программа рассчитана до 2030 года.')).toMatchObject({
			printed: '2030 года',
			unit: 'year',
			value: 2030
		});
	});

	it('marks changes, not levels reached', () => {
		expect(one('kk', 'Экспорт 14 пайызға көп.')).toMatchObject({ change: true, bound: 'exact' });
		const level = one('en', 'Exports rose to 78 million tonnes.');
		expect(level).toMatchObject({ value: 78e6, unit: 't' });
		expect(level).not.toHaveProperty('change');
		expect(one('ru', 'Цены выросли на 1,1%.')).toMatchObject({ value: 1.1, change: true });
	});

	it('reads a bound and a change together: a Kazakh hedge after the ablative, then a change word', () => {
		expect(one('kk', 'Экспорт 62 пайыздан астам өсті.')).toMatchObject({
			value: 62,
			bound: 'more-than',
			change: true,
			direction: 'up'
		});
		expect(one('kk', 'Импорт 1 пайыздан аз төмендеді.')).toMatchObject({
			value: 1,
			bound: 'less-than',
			change: true,
			direction: 'down'
		});
		// Without a change word after it, the same hedge is a bound of a level.
		expect(one('kk', 'Үлесі 1 пайыздан аз.')).not.toHaveProperty('change');
	});

	it('tells which way a change went, from the word nearest the number', () => {
		const ways = (lang: ReaderLang, s: string) =>
			readSentence(lang, s).map((c) => [c.printed, c.direction]);
		expect(ways('en', 'Exports rose 5% while imports fell 3%.')).toEqual([
			['5%', 'up'],
			['3%', 'down']
		]);
		expect(ways('ru', 'Экспорт вырос на 5%, а импорт снизился на 3%.')).toEqual([
			['5%', 'up'],
			['3%', 'down']
		]);
		expect(ways('kk', 'Экспорт 14 пайызға өсті, ал импорт 5 пайызға азайды.')).toEqual([
			['14 пайызға', 'up'],
			['5 пайызға', 'down']
		]);
		// "кемінде" (at least) is a bound, not a fall.
		expect(one('kk', 'Табыс кемінде 5 пайызға өсті.')).toMatchObject({
			bound: 'at-least',
			direction: 'up'
		});
		expect(one('en', 'Output doubled.')).toMatchObject({ change: true, direction: 'up' });
		// Growth slowed by 2 points: the number, a rate of growth, went down.
		expect(one('ru', 'Рост замедлился на 2 процентных пункта.')).toMatchObject({
			change: true,
			direction: 'down'
		});
	});

	it('reads money with signs and short scales, in each language', () => {
		expect(one('en', 'The EU pledged €500m.')).toMatchObject({ value: 5e8, unit: 'EUR' });
		expect(one('en', 'The tower is 300 m high.')).toMatchObject({ value: 300, unit: 'm' });
		expect(one('ru', 'Проект стоит 2,4 млрд. евро.')).toMatchObject({ value: 2.4e9, unit: 'EUR' });
		expect(one('kk', 'Жоба 2 млрд АҚШ долларына бағаланады.')).toMatchObject({
			printed: '2 млрд АҚШ долларына',
			value: 2e9,
			unit: 'USD'
		});
	});
});

describe('readArticle', () => {
	it('counts paragraphs from the title and keeps sentences verbatim', () => {
		const text =
			'Заголовок: 5 млн\n\nПервое предложение. Рост составил 3%.\n\nМ. Иванов сказал: 7 раз.';
		expect(readArticle('ru', text).map((c) => [c.paragraph, c.sentence, c.printed])).toEqual([
			[1, 'Заголовок: 5 млн', '5 млн'],
			[2, 'Рост составил 3%.', '3%'],
			[3, 'М. Иванов сказал: 7 раз.', '7 раз']
		]);
	});
});
