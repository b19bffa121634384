import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../tests/unit/dataset';
import { chartCsv, chartJson } from './data-files';

const { article: full } = dataset;
const article = {
	title: full.title,
	titleTranslation: full.titleTranslation,
	date: full.date,
	lang: full.lang,
	about: full.about
};
const chart = dataset.charts.find((c) => c.id === 'visit-agreements')!;
const url = 'https://derek.test/charts/visit-agreements';

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
			['visit-documents-count', '60', 'count', 'more-than'],
			['visit-documents-value', '3700000000', 'USD', 'more-than']
		]);
		expect(records[0]!.printed_kk).toBe('60-тан астам');
		// The sentence has commas: quoted, it reads back whole.
		expect(chart.facts[1]!.sentence).toContain(',');
		expect(records[1]!.sentence_kk).toBe(chart.facts[1]!.sentence);
		expect(records[1]!.translation_en).toContain('over 3.7 billion dollars');
		expect(records[0]!.url).toBe(url);
		expect(records[0]!.article_date).toBe('2025-12-20');
	});
});

describe('chartJson', () => {
	it('gives the figures with their sentences, source and permanent URL', () => {
		const doc = JSON.parse(chartJson(chart, article, url, 'en'));
		expect(doc.chart).toMatchObject({ id: 'visit-agreements', url });
		expect(doc.source).toMatchObject({ title: full.title, date: '2025-12-20', language: 'kk' });
		expect(doc.figures.map((f: { value: number; bound: string }) => [f.value, f.bound])).toEqual([
			[60, 'more-than'],
			[3.7e9, 'more-than']
		]);
		expect(doc.figures[0].printed).toBe('60-тан астам');
		expect(doc.figures[0].attribution.printed).toBe('Ақорданың хабарлауынша');
		expect(doc.figures[0].translation.ru).toContain('более 60 двусторонних документов');
	});

	it('labels the figures in the file’s language', () => {
		const doc = JSON.parse(chartJson(chart, article, url, 'kk'));
		expect(doc.chart.language).toBe('kk');
		expect(doc.figures[0].label).toBe('Сапар кезінде қол қойылған құжаттар');
		const csv = chartCsv(chart, article, url, 'ru');
		expect(csv).toContain('Документы, подписанные во время визита');
	});
});
