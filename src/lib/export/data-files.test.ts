import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { makeArticle, makeChart, makeFact } from '../../../tests/unit/factories';
import { fixtureChart } from '../../../tests/unit/fixture-charts';
import { chartCsv, chartJson } from './data-files';

const article = makeArticle();
const chart = fixtureChart('units-more-than');
const url = 'https://derek.test/charts/units-more-than';

describe('chartCsv', () => {
	const csv = chartCsv(chart, article, url, 'en');

	it('starts with a byte-order mark so Excel reads UTF-8, and ends records with CRLF', () => {
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(csv.slice(1).split('\r\n').filter(Boolean)).toHaveLength(3);
	});

	it('has a row per figure with its provenance, Kazakh letters intact', () => {
		const records = csvParse(csv.slice(1));
		expect(records.map((r) => [r.fact, r.value, r.unit, r.bound])).toEqual([
			['units-more-than-1', '25', 'count', 'more-than'],
			['units-more-than-2', '900000000', 'USD', 'more-than']
		]);
		expect(records[0]!.printed_kk).toBe('25-тен астам');
		expect(records[1]!.sentence_kk).toBe('Олардың құны 900 млн доллардан асатын болды.');
		expect(records[1]!.translation_en).toBe(chart.facts[1]!.translation.en);
		expect(records[0]!.url).toBe(url);
		expect(records[0]!.article_date).toBe('2030-03-14');
	});
});

describe('chartJson', () => {
	it('gives the figures with their sentences, source and permanent URL', () => {
		const doc = JSON.parse(chartJson(chart, article, url, 'en'));
		expect(doc.chart).toMatchObject({ id: 'units-more-than', url });
		expect(doc.source).toMatchObject({
			title: 'Сынақ мақаласы',
			date: '2030-03-14',
			language: 'kk'
		});
		expect(doc.figures.map((f: { value: number; bound: string }) => [f.value, f.bound])).toEqual([
			[25, 'more-than'],
			[9e8, 'more-than']
		]);
		expect(doc.figures[0].printed).toBe('25-тен астам');
		expect(doc.figures[0].attribution.who).toBe('The test text');
		expect(doc.figures[0].translation.ru).toBe(chart.facts[0]!.translation.ru);
	});

	it('labels the figures in the file’s language', () => {
		const doc = JSON.parse(chartJson(chart, article, url, 'kk'));
		expect(doc.chart.language).toBe('kk');
		expect(doc.figures[1].label).toBe('Сынақ құжаттарының құны');
		const csv = chartCsv(chart, article, url, 'ru');
		expect(csv).toContain('Стоимость тестовых документов');
	});
});

describe('a range and a bound in the data files', () => {
	const range = fixtureChart('bars-range');
	const rangeUrl = 'https://derek.test/charts/bars-range';

	it('CSV: the high end in max, and the figure with its bound in words', () => {
		const [row] = csvParse(chartCsv(range, article, rangeUrl, 'en').slice(1));
		expect(row).toMatchObject({ value: '5000000000', max: '7000000000', bound: 'range' });
		// Data files have ordinary spaces: a program reads them.
		expect(row!.figure).toBe('5–7 bn tenge');
		const [upTo] = csvParse(chartCsv(fixtureChart('bars-at-most'), article, url, 'ru').slice(1));
		expect(upTo).toMatchObject({ max: '', bound: 'at-most', figure: 'до 1,5 млрд $' });
	});

	it('JSON: max only where there is one, and the figure in words', () => {
		const [fig] = JSON.parse(chartJson(range, article, rangeUrl, 'kk')).figures;
		expect(fig).toMatchObject({ value: 5e9, max: 7e9, bound: 'range', figure: '5–7 млрд теңге' });
		const [about] = JSON.parse(chartJson(fixtureChart('bars-about'), article, url, 'en')).figures;
		expect(about.figure).toBe('about $28 bn');
		expect(about).not.toHaveProperty('max');
	});
});

describe('the data files of a Russian article', () => {
	const ru = makeArticle({
		lang: 'ru',
		title: 'Тестовая статья',
		titleTranslation: { kk: 'Сынақ мақаласы', en: 'A test article' }
	});
	const fact = makeFact({
		sourceLang: 'ru',
		printed: 'около 3 млрд долларов',
		bound: 'about',
		hedge: 'около',
		sentence: 'Торговля составила около 3 млрд долларов.',
		translation: { kk: 'Сауда шамамен 3 млрд доллар болды.', en: 'Trade came to about $3 bn.' }
	});
	const bars = makeChart('bars', [fact]);

	it('name the columns of the article’s words for Russian and of our translations for kk and en', () => {
		const csv = chartCsv(bars, ru, url, 'en');
		expect(csv.slice(1).split('\r\n')[0]).toBe(
			'chart,fact,label,value,unit,count_of,bound,period,kind,printed_ru,sentence_ru,translation_kk,translation_en,attribution,paragraph,article_title_ru,article_date,url,max,figure'
		);
		const [record] = csvParse(csv.slice(1));
		expect(record!.sentence_ru).toBe('Торговля составила около 3 млрд долларов.');
		expect(record!.translation_kk).toBe('Сауда шамамен 3 млрд доллар болды.');
		expect(record!.article_title_ru).toBe('Тестовая статья');
	});

	it('give the translations in kk and en in the JSON', () => {
		const doc = JSON.parse(chartJson(bars, ru, url, 'ru'));
		expect(doc.source.language).toBe('ru');
		expect(doc.source.titleTranslation).toEqual({ kk: 'Сынақ мақаласы', en: 'A test article' });
		expect(doc.figures[0].translation).toEqual({
			kk: 'Сауда шамамен 3 млрд доллар болды.',
			en: 'Trade came to about $3 bn.'
		});
	});
});
