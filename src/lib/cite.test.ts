import { describe, expect, it } from 'vitest';
import { dataset } from '../../tests/unit/dataset';
import { citeChart } from './cite';

const chart = dataset.charts.find((c) => c.id === 'money-figures')!;
const citation = citeChart(
	chart,
	dataset.article,
	'https://derek.test/en/charts/money-figures',
	'en'
);

describe('citeChart', () => {
	it('cites the chart by title, with the article and its date and the permanent URL', () => {
		expect(citation.text).toBe(
			'derek, “Three money figures, three different kinds”. Chart of figures from ' +
				'«"Орталық Азия – Жапония" саммитінде Токио декларациясы қабылданды» (Tokyo Declaration ' +
				'adopted at the “Central Asia – Japan” summit), 20 December 2025. ' +
				'https://derek.test/en/charts/money-figures'
		);
	});

	it('cites in Kazakh without a translation of the Kazakh title, and in Russian with one', () => {
		const kk = citeChart(
			chart,
			dataset.article,
			'https://derek.test/kk/charts/money-figures',
			'kk'
		);
		expect(kk.text).toContain(
			'«"Орталық Азия – Жапония" саммитінде Токио декларациясы қабылданды», 2025 жылғы 20 желтоқсан.'
		);
		const ru = citeChart(
			chart,
			dataset.article,
			'https://derek.test/ru/charts/money-figures',
			'ru'
		);
		expect(ru.text).toContain(
			'(На саммите «Центральная Азия – Япония» принята Токийская декларация), 20 декабря 2025 г.'
		);
		expect(ru.bibtex).toContain('language = {ru}');
		expect(ru.text).not.toContain('г..');
	});

	it('gives a BibTeX entry with the special characters escaped', () => {
		const withDollar = citeChart(
			dataset.charts.find((c) => c.id === 'japan-investment')!,
			dataset.article,
			'https://derek.test/en/charts/japan-investment',
			'en'
		);
		expect(withDollar.bibtex).toMatch(/^@misc\{derek-japan-investment-en,\n/);
		expect(withDollar.bibtex).toContain(
			'title = {Japan has invested more than \\$8.5 bn in Kazakhstan}'
		);
		expect(withDollar.bibtex).toContain(
			'howpublished = {\\url{https://derek.test/en/charts/japan-investment}}'
		);
		expect(withDollar.bibtex).toContain('year = {2025}');
		// Balanced braces: the entry parses.
		const depth = [...withDollar.bibtex.replace(/\\[{}]/g, '')].reduce(
			(d, c) => d + (c === '{' ? 1 : c === '}' ? -1 : 0),
			0
		);
		expect(depth).toBe(0);
	});
});
