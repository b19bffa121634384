import { describe, expect, it } from 'vitest';
import { makeArticle, nb } from '../../tests/unit/factories';
import { fixtureChart } from '../../tests/unit/fixture-charts';
import { citeChart } from './cite';

// A title with a straight quote and a dash, as real headlines have them.
const article = makeArticle({
	title: '"Сынақ – мақала" тақырыбында сынақ өтті',
	titleTranslation: { en: 'A “Test – article” test took place', ru: 'Прошёл тест «Тест – статья»' }
});
const chart = fixtureChart('bars-several-kinds');
const url = (lang: string) => `https://derek.test/${lang}/charts/bars-several-kinds`;

describe('citeChart', () => {
	it('cites the chart by title, with the article and its date and the permanent URL', () => {
		expect(citeChart(chart, article, url('en'), 'en').text).toBe(
			'derek, “A test chart”. Chart of figures from ' +
				'“"Сынақ – мақала" тақырыбында сынақ өтті” (A “Test – article” test took place), ' +
				nb('14~March 2030. https://derek.test/en/charts/bars-several-kinds')
		);
	});

	it('cites in Kazakh without a translation of the Kazakh title, and in Russian with one', () => {
		const kk = citeChart(chart, article, url('kk'), 'kk');
		expect(kk.text).toContain(
			nb('«"Сынақ – мақала" тақырыбында сынақ өтті», 2030~жылғы 14~наурыз.')
		);
		expect(kk.text).not.toContain('Test – article');
		const ru = citeChart(chart, article, url('ru'), 'ru');
		expect(ru.text).toContain(nb('(Прошёл тест «Тест – статья»), 14~марта 2030~г.'));
		expect(ru.bibtex).toContain('language = {ru}');
		expect(ru.text).not.toContain('г..');
	});

	it('gives a BibTeX entry with the special characters escaped', () => {
		const withDollar = citeChart(
			{ ...chart, title: { ...chart.title, en: 'Trade above $1.2 bn & 50% of {all}' } },
			article,
			url('en'),
			'en'
		);
		expect(withDollar.bibtex).toMatch(/^@misc\{derek-bars-several-kinds-en,\n/);
		expect(withDollar.bibtex).toContain('title = {Trade above \\$1.2 bn \\& 50\\% of \\{all\\}}');
		expect(withDollar.bibtex).toContain(
			'howpublished = {\\url{https://derek.test/en/charts/bars-several-kinds}}'
		);
		expect(withDollar.bibtex).toContain('year = {2030}');
		// Balanced braces: the entry parses.
		const depth = [...withDollar.bibtex.replace(/\\[{}]/g, '')].reduce(
			(d, c) => d + (c === '{' ? 1 : c === '}' ? -1 : 0),
			0
		);
		expect(depth).toBe(0);
	});
});
