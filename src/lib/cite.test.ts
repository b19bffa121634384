import { describe, expect, it } from 'vitest';
import { nb } from '../../tests/unit/facts';
import { citeChart } from './cite';
import type { ArticleMeta, Chart, Lang } from './data/types';
import { typeset } from './typography';

// The article's title has straight quotes, as some do: they stay as printed.
const article: ArticleMeta = {
	title: '"Алпыс – сексен" жиынында 5 құжат қабылданды',
	titleTranslation: {
		en: typeset('Five documents adopted at the "Sixty – Eighty" meeting', 'en'),
		ru: typeset('На встрече "Шестьдесят – восемьдесят" приняты 5 документов', 'ru')
	},
	date: '2025-12-20',
	lang: 'kk',
	about: { kk: '', en: '', ru: '' }
};
const titled = (title: string): Chart => ({
	id: 'test-chart',
	type: 'bars',
	title: { kk: typeset(title, 'kk'), en: typeset(title, 'en'), ru: typeset(title, 'ru') },
	subtitle: { kk: '', en: '', ru: '' },
	facts: []
});
const cite = (chart: Chart, lang: Lang) =>
	citeChart(chart, article, `https://derek.test/${lang}/charts/test-chart`, lang);

describe('citeChart', () => {
	const chart = titled('Trade of $8.5 bn, "more than" printed');

	it('cites the chart by title, with the article and its date and the permanent URL', () => {
		expect(cite(chart, 'en').text).toBe(
			nb(
				'derek, “Trade of $8.5~bn, ‘more than’ printed”. Chart of figures from ' +
					'“"Алпыс – сексен" жиынында 5 құжат қабылданды” (Five documents adopted at the ' +
					'“Sixty~– Eighty” meeting), 20~December 2025. https://derek.test/en/charts/test-chart'
			)
		);
	});

	it('uses each language’s quotation marks, with inner quotes inside our title only', () => {
		const kk = cite(chart, 'kk');
		expect(kk.text).toContain(nb('derek, «Trade of $8.5~bn, „more than“ printed».'));
		expect(kk.text).toContain(
			nb('«"Алпыс – сексен" жиынында 5 құжат қабылданды», 2025~жылғы 20~желтоқсан.')
		);
		const ru = cite(chart, 'ru');
		expect(ru.text).toContain(
			nb('(На встрече «Шестьдесят~— восемьдесят» приняты 5~документов), 20~декабря 2025~г.')
		);
		expect(ru.text).not.toContain('г..');
		expect(ru.bibtex).toContain('language = {ru}');
		expect(ru.verbatim).toBe(article.title);
	});

	it('gives a BibTeX entry with special characters escaped and no-break spaces as ties', () => {
		const bib = cite(titled('Japan has invested more than $8.5 bn'), 'en').bibtex;
		expect(bib).toMatch(/^@misc\{derek-test-chart-en,\n/);
		expect(bib).toContain('title = {Japan has invested more than \\$8.5~bn}');
		expect(bib).toContain('``"Алпыс – сексен" жиынында 5 құжат қабылданды\'\'');
		expect(bib).toContain('howpublished = {\\url{https://derek.test/en/charts/test-chart}}');
		expect(bib).toContain('year = {2025}');
		expect(cite(chart, 'ru').bibtex).toContain('«"Алпыс – сексен" жиынында 5 құжат қабылданды»');
		// Balanced braces: the entry parses.
		const depth = [...bib.replace(/\\[{}]/g, '')].reduce(
			(d, c) => d + (c === '{' ? 1 : c === '}' ? -1 : 0),
			0
		);
		expect(depth).toBe(0);
	});
});
