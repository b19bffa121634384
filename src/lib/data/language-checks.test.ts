// The data's language checks: hedges, inferred values and counted nouns, each failing with the
// file, record and field to fix.
import { describe, expect, it } from 'vitest';
import { chart, fact, problem } from '../../../tests/unit/data-problems';

type Rec = Record<string, unknown>;

describe('hedge', () => {
	it('is the word of the sentence next to the number', () => {
		expect(problem(fact(0, (f) => (f.hedge = 'қарағанда')))).toBe(
			'fixture/facts.json: record 1 ("trade"), field "hedge": "қарағанда" is not a hedge word the kk reader knows (see src/lib/data/reader/lexicon/kk.ts)'
		);
		// «асқан» is a hedge, but not this sentence's word beside its number.
		expect(problem(fact(1, (f) => (f.hedge = 'астам')))).toBe(
			'fixture/facts.json: record 2 ("investment"), field "hedge": "астам" does not stand next to "7,25 миллиард доллардан асқан" in the sentence (inside it or the word after it)'
		);
	});

	it('sets the same bound as the fact, and a bounded fact must have one', () => {
		expect(problem(fact(0, (f) => (f.hedge = 'астам')))).toMatch(
			/record 1 \("trade"\), field "hedge": "астам" sets the bound more-than, but bound is exact/
		);
		expect(problem(fact(2, (f) => delete f.hedge))).toBe(
			'fixture/facts.json: record 3 ("share"), field "hedge": is missing: a more-than figure must quote the words that bound it'
		);
	});
});

describe('numbers shown in titles, subtitles, labels, periods and kinds', () => {
	it('must be a value of the chart’s facts', () => {
		expect(
			problem(chart(0, (c) => ((c.title as Rec).ru = 'Торговля в 2023 году достигла 3 млрд')))
		).toBe(
			'fixture/charts.json: record 1 ("trade"), field "title.ru": shows 2023, which is no value of its facts and no declared inference ("inferred")'
		);
	});

	it('may show a declared inference only if the text says it is one', () => {
		expect(
			problem(chart(0, (c) => ((c.title as Rec).en = 'Test trade reached $3 bn in 2029')))
		).toBe(
			'fixture/charts.json: record 1 ("trade"), field "title.en": shows 2029, the year “былтыр” (last year) refers to, inferred from the article’s date, 14 March 2030, without saying it is inferred'
		);
		expect(problem(fact(0, (f) => ((f.period as Rec).kk = '2029 жыл')))).toMatch(
			/record 1 \("trade"\), field "period.kk": shows 2029, .* without saying it is inferred/
		);
		expect(problem(fact(0, (f) => delete f.inferred))).toMatch(
			/record 1 \("trade"\), field "period.kk": shows 2029, which is no value/
		);
	});
});

describe('countOf', () => {
	it('gives every form its language needs', () => {
		expect(problem(fact(4, (f) => delete ((f.countOf as Rec).ru as Rec).few))).toBe(
			'fixture/facts.json: record 5 ("documents"), field "countOf.ru.few": is missing'
		);
		expect(problem(fact(4, (f) => (((f.countOf as Rec).en as Rec).two = 'x')))).toBe(
			'fixture/facts.json: record 5 ("documents"), field "countOf.en.two": "two" is not one of the forms one, other'
		);
		expect(problem(fact(4, (f) => ((f.countOf as Rec).kk = 'құжат')))).toBe(
			'fixture/facts.json: record 5 ("documents"), field "countOf.kk": must be an object'
		);
	});
});
