import { describe, expect, it } from 'vitest';
import { FIXTURE_TEXT, fixtureData, withEdit } from '../../../tests/unit/fixture-data';
import { realData } from '../../../tests/unit/raw-data';
import { chart, fact, problem } from '../../../tests/unit/data-problems';
import { validateDataset } from './validate';

type Rec = Record<string, unknown>;

describe('validateDataset on a valid data folder', () => {
	const data = validateDataset(fixtureData());

	it('reads every fact, chart and statement, in order', () => {
		expect(data.facts.map((f) => [f.id, f.value, f.unit, f.bound])).toEqual([
			['trade', 3e9, 'USD', 'exact'],
			['investment', 7.25e9, 'USD', 'more-than'],
			['share', 35, 'percent', 'more-than'],
			['length', 1200, 'km', 'exact'],
			['documents', 12, 'count', 'more-than']
		]);
		expect(data.charts.map((c) => [c.id, c.facts.map((f) => f.id)])).toEqual([
			['trade', ['trade']],
			['investment', ['investment']],
			['share', ['share']],
			['road', ['length']],
			['money', ['trade', 'investment']],
			['documents', ['documents']]
		]);
		expect(data.charts[3]?.routes?.[0]?.waypoints.map((w) => w.printed)).toEqual([
			'Алматыдан',
			undefined,
			'Астанаға'
		]);
		expect(data.statements.map((st) => st.id)).toEqual(['cooperation']);
		expect(data.notCharted.map((n) => n.printed)).toEqual(['14 наурыз 2030', 'екі ел']);
	});

	it('places each sentence at its offset in the article', () => {
		for (const f of data.facts) {
			expect(data.article.text.slice(f.offset, f.offset + f.sentence.length)).toBe(f.sentence);
		}
	});

	it('keeps the article text byte for byte', () => {
		expect(data.article.text).toBe(FIXTURE_TEXT);
	});
});

describe('the real data folder', () => {
	it('validates, with every sentence verbatim at its offset and the text byte for byte', () => {
		const data = validateDataset(realData());
		expect(data.article.text).toBe(realData().articleText.content);
		for (const f of [...data.facts, ...data.statements]) {
			expect(data.article.text.slice(f.offset, f.offset + f.sentence.length)).toBe(f.sentence);
		}
	});
});

describe('validateDataset rejects bad input, naming file, record and field', () => {
	it('a sentence that is not verbatim in the article', () => {
		const raw = fact(1, (f) => (f.sentence = String(f.sentence).replace('асқан', 'асты')));
		expect(problem(raw)).toBe(
			'fixture/facts.json: record 2 ("investment"), field "sentence": is not verbatim in the article text'
		);
	});

	it('a sentence in another paragraph than declared', () => {
		expect(problem(fact(0, (f) => (f.paragraph = 2)))).toBe(
			'fixture/facts.json: record 1 ("trade"), field "sentence": is in the article but not in paragraph 2'
		);
	});

	it('a number as printed that is not inside the sentence', () => {
		expect(problem(fact(1, (f) => (f.printed = '9,5 миллиард доллардан асқан')))).toBe(
			'fixture/facts.json: record 2 ("investment"), field "printed": "9,5 миллиард доллардан асқан" is not inside the sentence'
		);
	});

	it('a number as printed that does not parse to the value', () => {
		expect(problem(fact(1, (f) => (f.value = 7_000_000_000)))).toBe(
			'fixture/facts.json: record 2 ("investment"), field "printed": "7,25 миллиард доллардан асқан" reads as 7250000000, but value is 7000000000'
		);
	});

	it('a number as printed that holds no number', () => {
		expect(problem(fact(0, (f) => (f.printed = 'сауда көлемі')))).toMatch(
			/record 1 \("trade"\), field "printed": "сауда көлемі" holds no number/
		);
	});

	it('a unit that the printed words contradict', () => {
		expect(problem(fact(2, (f) => (f.unit = 'USD')))).toMatch(
			/record 3 \("share"\), field "printed": .* names the unit percent, but unit is USD/
		);
	});

	it('a bound that the printed words contradict', () => {
		expect(problem(fact(1, (f) => (f.bound = 'exact')))).toMatch(
			/record 2 \("investment"\), field "bound": is exact, but the words .* say more-than/
		);
	});

	it('a missing field', () => {
		expect(problem(fact(2, (f) => delete f.kind))).toBe(
			'fixture/facts.json: record 3 ("share"), field "kind": is missing'
		);
	});

	it('a misspelt kind of figure, with the kind meant', () => {
		expect(problem(fact(2, (f) => (f.kind = 'shrae')))).toBe(
			`fixture/facts.json: record 3 ("share"), field "kind": "shrae" is not a kind of figure (did you mean "share"?): name one of src/lib/words/kinds.json or add it to site.json's kinds`
		);
	});

	it('a missing translation', () => {
		expect(problem(fact(2, (f) => delete (f.translation as Rec).ru))).toBe(
			'fixture/facts.json: record 3 ("share"), field "translation.ru": the ru translation is missing: an article in kk is translated into en and ru'
		);
	});

	it('an interface text missing in one language', () => {
		expect(problem(chart(1, (c) => delete (c.title as Rec).kk))).toBe(
			'fixture/charts.json: record 2 ("investment"), field "title.kk": the kk text is missing'
		);
	});

	it('a text in a language the site does not have', () => {
		expect(problem(fact(0, (f) => ((f.label as Rec).de = 'Handel')))).toBe(
			'fixture/facts.json: record 1 ("trade"), field "label.de": "de" is not one of the languages kk, en, ru'
		);
	});

	it('a statement whose sentence is not in the article', () => {
		const raw = withEdit('statements', (list) => ((list[0] as Rec).sentence = 'Жоқ сөйлем.'));
		expect(problem(raw)).toBe(
			'fixture/statements.json: record 1 ("cooperation"), field "sentence": is not verbatim in the article text'
		);
	});

	it('a number declared not charted that is not in its paragraph', () => {
		const raw = withEdit('notCharted', (list) => ((list[1] as Rec).paragraph = 7));
		expect(problem(raw)).toBe(
			'fixture/not-charted.json: record 2, field "printed": "екі ел" is not in paragraph 7'
		);
	});

	it('a route place said to be named by the article that it does not name', () => {
		const raw = chart(3, (c) => {
			const route = (c.routes as Rec[])[0]!;
			(route.waypoints as Rec[])[1]!.printed = 'Балқаш';
		});
		expect(problem(raw)).toBe(
			'fixture/charts.json: record 4 ("road"), field "routes[0].waypoints[1].printed": "Балқаш" is not in the article text'
		);
	});

	it('a value of the wrong type', () => {
		expect(problem(fact(0, (f) => (f.value = '2 bn')))).toBe(
			'fixture/facts.json: record 1 ("trade"), field "value": must be a finite number'
		);
	});

	it('an unknown bound', () => {
		expect(problem(fact(0, (f) => (f.bound = 'circa')))).toBe(
			'fixture/facts.json: record 1 ("trade"), field "bound": "circa" is not one of exact, about, more-than, at-least, less-than, at-most, range'
		);
	});

	it('an attribution not in the paragraph', () => {
		expect(
			problem(
				fact(1, (f) => ((f.attribution as Rec).printed = 'Сынақ министрлігінің хабарлауынша'))
			)
		).toBe(
			'fixture/facts.json: record 2 ("investment"), field "attribution.printed": "Сынақ министрлігінің хабарлауынша" is not in paragraph 4'
		);
	});

	it('a duplicate id', () => {
		expect(problem(fact(1, (f) => (f.id = 'trade')))).toBe(
			'fixture/facts.json: record 2, field "id": "trade" is used by an earlier record'
		);
	});

	it('a bad country code', () => {
		expect(problem(fact(0, (f) => (f.parties = ['Kazakhstan'])))).toBe(
			'fixture/facts.json: record 1 ("trade"), field "parties[0]": "Kazakhstan" is not an ISO 3166 two-letter country code'
		);
	});

	it('a chart naming a fact that does not exist', () => {
		expect(problem(chart(0, (c) => (c.facts = ['no-such-fact'])))).toBe(
			'fixture/charts.json: record 1 ("trade"), field "facts[0]": no fact has the id "no-such-fact"'
		);
	});

	it('a chart listing one fact twice', () => {
		const ids = ['trade', 'investment', 'trade'];
		expect(problem(chart(4, (c) => (c.facts = ids)))).toBe(
			'fixture/charts.json: record 5 ("money"), field "facts[2]": "trade" is listed twice'
		);
	});

	it('a chart of an unknown type', () => {
		expect(problem(chart(0, (c) => (c.type = 'pie')))).toMatch(
			/fixture\/charts.json: record 1 \("trade"\), field "type": "pie" is not one of bars/
		);
	});

	it('a chart type that cannot draw its facts', () => {
		expect(problem(chart(2, (c) => (c.type = 'bars')))).toBe(
			'fixture/charts.json: record 3 ("share"), field "facts[0]": a bars chart draws USD or KZT or EUR or JPY or RUB or CNY or GBP or t or km or count or pp or times figures, "share" is percent'
		);
	});

	it('malformed JSON', () => {
		const raw = fixtureData();
		raw.charts.content = raw.charts.content.replace('"type"', 'type');
		expect(problem(raw)).toMatch(
			/^fixture\/charts.json: the whole file, field "-": is not valid JSON/
		);
	});

	it('an article title that is not the text’s first line', () => {
		const raw = withEdit('articleJson', (a) => (a.title = 'Сынақ мақаласы'));
		expect(problem(raw)).toMatch(
			/^fixture\/article.json: the article, field "title": must be the first line of fixture\/article.kk.txt verbatim/
		);
	});

	it('an article date that is not a date', () => {
		expect(problem(withEdit('articleJson', (a) => (a.date = '14.03.2030')))).toBe(
			'fixture/article.json: the article, field "date": "14.03.2030" is not a date in the form YYYY-MM-DD'
		);
	});
});
