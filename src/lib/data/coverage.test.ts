// Every number of an article is charted or declared not charted: checked by the validator, per
// article, with a broad scan for anything that looks like a number as the gate.
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../tests/unit/dataset';
import { problem } from '../../../tests/unit/data-problems';
import { withEdit } from '../../../tests/unit/fixture-data';
import { numbersIn, unaccounted } from './coverage';

describe('the scan for numbers', () => {
	it('finds the numbers the real article has, in digits and in words', () => {
		expect(numbersIn(dataset.article.paragraphs, 'kk').map((n) => n.printed)).toEqual(
			expect.arrayContaining(['2025', '80', '6500', 'бір', '2', '8,5', '3,7', '60', 'үш', 'екі'])
		);
	});

	it('reads Russian and English number words and digits too', () => {
		expect(
			numbersIn(['Более 8,5 млрд долларов, три соглашения.'], 'ru').map((n) => n.printed)
		).toEqual(['8,5', 'три']);
		expect(
			numbersIn(['More than $8.5 billion and 6,500 km, two deals.'], 'en').map((n) => n.printed)
		).toEqual(['8.5', '6,500', 'billion', 'two']);
	});

	it('accounts for every number of the real article', () => {
		expect(unaccounted(dataset.article, dataset.facts, dataset.notCharted)).toEqual([]);
	});
});

describe('the validator, for a number neither charted nor declared', () => {
	it('names the article’s text, the paragraph and the number as printed', () => {
		const raw = withEdit('notCharted', (list) => list.splice(0, 1));
		expect(problem(raw)).toBe(
			'fixture/article.kk.txt: paragraph 2, number "14": is neither charted (a fact in fixture/facts.json) nor declared not charted (fixture/not-charted.json)'
		);
	});

	it('keeps the scan as the gate: a number word the facts do not quote is caught', () => {
		// «екі ел» (two countries) is declared; without that entry its «екі» is unaccounted.
		const raw = withEdit('notCharted', (list) => list.splice(1, 1));
		expect(problem(raw)).toMatch(/^fixture\/article.kk.txt: paragraph 3, number "екі": /);
	});
});

describe('every fact', () => {
	it('is drawn by some chart', () => {
		const raw = withEdit('charts', (list) => list.splice(5, 1));
		expect(problem(raw)).toBe(
			'fixture/facts.json: record 5 ("documents"), field "id": no chart draws this fact (charts.json)'
		);
	});
});
