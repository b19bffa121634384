import { describe, expect, it } from 'vitest';
import { realData, withEdit } from '../../../tests/unit/raw-data';
import { DataError, validateDataset } from './validate';

type Rec = Record<string, unknown>;

/** The error validateDataset throws for the data, as "file: record, field: problem". */
function problem(raw: ReturnType<typeof realData>): string {
	try {
		validateDataset(raw);
	} catch (e) {
		expect(e).toBeInstanceOf(DataError);
		return (e as Error).message;
	}
	throw new Error('the data was accepted');
}

const fact = (i: number, edit: (f: Rec) => void) =>
	withEdit('facts', (facts) => edit(facts[i] as Rec));
const chart = (i: number, edit: (c: Rec) => void) =>
	withEdit('charts', (charts) => edit(charts[i] as Rec));

describe('validateDataset on the real data', () => {
	const data = validateDataset(realData());

	it('reads every fact and chart', () => {
		expect(data.facts.map((f) => f.id)).toEqual([
			'kz-jp-trade-2024',
			'jp-investment-kz',
			'visit-documents-count',
			'visit-documents-value',
			'overland-cargo-share',
			'middle-corridor-length',
			'jp-central-asia-trade-share'
		]);
		expect(data.statements.map((st) => st.id)).toEqual([
			'declaration-priorities',
			'kazakhstan-exports-to-japan'
		]);
		expect(data.charts.find((c) => c.id === 'middle-corridor')?.routes).toHaveLength(2);
		expect(data.charts.map((c) => c.id)).toContain('japan-investment');
	});

	it('places each sentence at its offset in the article', () => {
		for (const f of data.facts) {
			expect(data.article.text.slice(f.offset, f.offset + f.sentence.length)).toBe(f.sentence);
		}
	});

	it('keeps the article text byte for byte', () => {
		expect(data.article.text).toBe(realData().articleText.content);
	});
});

describe('validateDataset rejects bad input, naming file, record and field', () => {
	it('a sentence that is not verbatim in the article', () => {
		const raw = fact(1, (f) => (f.sentence = String(f.sentence).replace('асқан', 'асты')));
		expect(problem(raw)).toBe(
			'data/facts.json: record 2 ("jp-investment-kz"), field "sentence": is not verbatim in the article text'
		);
	});

	it('a sentence in another paragraph than declared', () => {
		expect(problem(fact(0, (f) => (f.paragraph = 3)))).toBe(
			'data/facts.json: record 1 ("kz-jp-trade-2024"), field "sentence": is in the article but not in paragraph 3'
		);
	});

	it('a number as printed that is not inside the sentence', () => {
		expect(problem(fact(1, (f) => (f.printed = '9,5 миллиард доллардан асқан')))).toBe(
			'data/facts.json: record 2 ("jp-investment-kz"), field "printed": "9,5 миллиард доллардан асқан" is not inside the sentence'
		);
	});

	it('a number as printed that does not parse to the value', () => {
		expect(problem(fact(1, (f) => (f.value = 8_000_000_000)))).toBe(
			'data/facts.json: record 2 ("jp-investment-kz"), field "printed": "8,5 миллиард доллардан асқан" reads as 8500000000, but value is 8000000000'
		);
	});

	it('a number as printed that holds no number', () => {
		expect(problem(fact(0, (f) => (f.printed = 'сауда көлемі')))).toMatch(
			/record 1 \("kz-jp-trade-2024"\), field "printed": "сауда көлемі" holds no number/
		);
	});

	it('a unit that the printed words contradict', () => {
		expect(problem(fact(4, (f) => (f.unit = 'USD')))).toMatch(
			/record 5 \("overland-cargo-share"\), field "printed": .* names the unit percent, but unit is USD/
		);
	});

	it('a bound that the printed words contradict', () => {
		expect(problem(fact(1, (f) => (f.bound = 'exact')))).toMatch(
			/record 2 \("jp-investment-kz"\), field "bound": is exact, but the words .* say more-than/
		);
	});

	it('a missing field', () => {
		expect(problem(fact(2, (f) => delete f.kind))).toBe(
			'data/facts.json: record 3 ("visit-documents-count"), field "kind": is missing'
		);
	});

	it('a missing translation', () => {
		expect(problem(fact(2, (f) => delete (f.translation as Rec).ru))).toBe(
			'data/facts.json: record 3 ("visit-documents-count"), field "translation.ru": the ru text is missing'
		);
	});

	it('an interface text missing in one language', () => {
		expect(problem(chart(1, (c) => delete (c.title as Rec).kk))).toBe(
			'data/charts.json: record 2 ("kazakhstan-japan-trade"), field "title.kk": the kk text is missing'
		);
	});

	it('a text in a language the site does not have', () => {
		expect(problem(fact(0, (f) => ((f.label as Rec).de = 'Handel')))).toBe(
			'data/facts.json: record 1 ("kz-jp-trade-2024"), field "label.de": "de" is not one of the languages kk, en, ru'
		);
	});

	it('a statement whose sentence is not in the article', () => {
		const raw = withEdit('statements', (list) => ((list[0] as Rec).sentence = 'Жоқ сөйлем.'));
		expect(problem(raw)).toBe(
			'data/statements.json: record 1 ("declaration-priorities"), field "sentence": is not verbatim in the article text'
		);
	});

	it('a number declared not charted that is not in its paragraph', () => {
		const raw = withEdit('notCharted', (list) => ((list[2] as Rec).paragraph = 7));
		expect(problem(raw)).toBe(
			'data/not-charted.json: record 3, field "printed": "үш салаға" is not in paragraph 7'
		);
	});

	it('a route place said to be named by the article that it does not name', () => {
		const raw = chart(4, (c) => {
			const route = (c.routes as Rec[])[0]!;
			(route.waypoints as Rec[])[1]!.printed = 'Қорғас';
		});
		expect(problem(raw)).toBe(
			'data/charts.json: record 5 ("middle-corridor"), field "routes[0].waypoints[1].printed": "Қорғас" is not in the article text'
		);
	});

	it('a value of the wrong type', () => {
		expect(problem(fact(0, (f) => (f.value = '2 bn')))).toBe(
			'data/facts.json: record 1 ("kz-jp-trade-2024"), field "value": must be a finite number'
		);
	});

	it('an unknown bound', () => {
		expect(problem(fact(0, (f) => (f.bound = 'about')))).toMatch(
			/record 1 \("kz-jp-trade-2024"\), field "bound": "about" is not one of exact, at-least, more-than, less-than/
		);
	});

	it('an attribution not in the paragraph', () => {
		expect(
			problem(fact(0, (f) => ((f.attribution as Rec).printed = 'Ақорданың хабарлауынша')))
		).toBe(
			'data/facts.json: record 1 ("kz-jp-trade-2024"), field "attribution.printed": "Ақорданың хабарлауынша" is not in paragraph 18'
		);
	});

	it('a duplicate id', () => {
		expect(problem(fact(1, (f) => (f.id = 'kz-jp-trade-2024')))).toBe(
			'data/facts.json: record 2, field "id": "kz-jp-trade-2024" is used by an earlier record'
		);
	});

	it('a bad country code', () => {
		expect(problem(fact(0, (f) => (f.parties = ['Kazakhstan'])))).toBe(
			'data/facts.json: record 1 ("kz-jp-trade-2024"), field "parties[0]": "Kazakhstan" is not an ISO 3166 two-letter country code'
		);
	});

	it('a chart naming a fact that does not exist', () => {
		expect(problem(chart(0, (c) => (c.facts = ['no-such-fact'])))).toBe(
			'data/charts.json: record 1 ("japan-investment"), field "facts[0]": no fact has the id "no-such-fact"'
		);
	});

	it('a chart listing one fact twice', () => {
		const ids = ['kz-jp-trade-2024', 'jp-investment-kz', 'kz-jp-trade-2024'];
		expect(problem(chart(6, (c) => (c.facts = ids)))).toBe(
			'data/charts.json: record 7 ("money-figures"), field "facts[2]": "kz-jp-trade-2024" is listed twice'
		);
	});

	it('a chart of an unknown type', () => {
		expect(problem(chart(0, (c) => (c.type = 'pie')))).toMatch(
			/data\/charts.json: record 1 \("japan-investment"\), field "type": "pie" is not one of bars/
		);
	});

	it('a chart type that cannot draw its facts', () => {
		expect(problem(chart(3, (c) => (c.type = 'bars')))).toBe(
			'data/charts.json: record 4 ("overland-cargo-share"), field "facts[0]": a bars chart draws USD figures, "overland-cargo-share" is percent'
		);
	});

	it('malformed JSON', () => {
		const raw = realData();
		raw.charts.content = raw.charts.content.replace('"type"', 'type');
		expect(problem(raw)).toMatch(
			/^data\/charts.json: the whole file, field "-": is not valid JSON/
		);
	});

	it('an article title that is not the text’s first line', () => {
		const raw = withEdit('articleJson', (a) => (a.title = 'Токио декларациясы'));
		expect(problem(raw)).toMatch(
			/^data\/article.json: the article, field "title": must be the first line of data\/article.kk.txt verbatim/
		);
	});

	it('an article date that is not a date', () => {
		expect(problem(withEdit('articleJson', (a) => (a.date = '20.12.2025')))).toBe(
			'data/article.json: the article, field "date": "20.12.2025" is not a date in the form YYYY-MM-DD'
		);
	});
});
