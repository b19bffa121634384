import { describe, expect, it } from 'vitest';
import { dataset } from '../../tests/unit/dataset';
import { citeChart } from './cite';

const chart = dataset.charts.find((c) => c.id === 'money-figures')!;
const citation = citeChart(chart, dataset.article, 'https://derek.test/charts/money-figures');

describe('citeChart', () => {
	it('cites the chart by title, with the article and its date and the permanent URL', () => {
		expect(citation.text).toBe(
			'derek, “Three money figures, three different kinds”. Chart of figures from ' +
				'«"Орталық Азия – Жапония" саммитінде Токио декларациясы қабылданды» (Tokyo Declaration ' +
				'adopted at the “Central Asia – Japan” summit), 20 December 2025. ' +
				'https://derek.test/charts/money-figures'
		);
	});

	it('gives a BibTeX entry with the special characters escaped', () => {
		const withDollar = citeChart(
			dataset.charts.find((c) => c.id === 'japan-investment')!,
			dataset.article,
			'https://derek.test/charts/japan-investment'
		);
		expect(withDollar.bibtex).toMatch(/^@misc\{derek-japan-investment,\n/);
		expect(withDollar.bibtex).toContain(
			'title = {Japan has invested more than \\$8.5 bn in Kazakhstan}'
		);
		expect(withDollar.bibtex).toContain(
			'howpublished = {\\url{https://derek.test/charts/japan-investment}}'
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
