// A change the sentence states ("3 млрд долларға өсті") is a fact with `change`, drawn by a change
// chart: the validator holds the fact and its sentence to each other, both ways.
import { describe, expect, it } from 'vitest';
import { FIXTURE_TEXT, fixtureData } from '../../../tests/unit/fixture-data';
import { fact, problem } from '../../../tests/unit/data-problems';
import type { RawData } from './validate';
import { validateDataset } from './validate';

type Rec = Record<string, unknown>;
const LEVEL = 'сауда көлемі 3 млрд долларға жеткен.';
const RISE = 'сауда көлемі 3 млрд долларға өсті.';

/** The fixture folder with its trade sentence made a rise, the fact and chart edited by `edit`. */
function risen(edit: (f: Rec, charts: Rec[]) => void): RawData {
	const raw = fixtureData();
	raw.articleText = { ...raw.articleText, content: FIXTURE_TEXT.replace(LEVEL, RISE) };
	const facts = JSON.parse(raw.facts.content) as Rec[];
	const charts = JSON.parse(raw.charts.content) as Rec[];
	const trade = facts[0]!;
	trade.sentence = (trade.sentence as string).replace(LEVEL, RISE);
	delete trade.hedge;
	edit(trade, charts);
	raw.facts = { ...raw.facts, content: JSON.stringify(facts) };
	raw.charts = { ...raw.charts, content: JSON.stringify(charts) };
	return raw;
}

describe('a fact’s change', () => {
	it('is read where the sentence states one, and the change chart draws it', () => {
		const data = validateDataset(
			risen((f, charts) => {
				f.change = 'up';
				charts[0]!.type = 'change';
				// The money chart's bars draw levels: the rise leaves it.
				const money = charts.find((c) => c.id === 'money')!;
				money.facts = (money.facts as string[]).filter((id) => id !== 'trade');
			})
		);
		const trade = data.facts.find((f) => f.id === 'trade')!;
		expect(trade.change).toBe('up');
		expect(data.charts[0]).toMatchObject({ type: 'change', facts: [trade] });
		// A level stays a level: no other fact says it is a change.
		expect(data.facts.filter((f) => f.change).map((f) => f.id)).toEqual(['trade']);
	});

	it('is required where the sentence states a change', () => {
		expect(problem(risen(() => {}))).toBe(
			'fixture/facts.json: record 1 ("trade"), field "change": is missing: the sentence states "3 млрд долларға" as a change; say "up" or "down"'
		);
	});

	it('is refused where the sentence states a level', () => {
		expect(problem(fact(0, (f) => (f.change = 'down')))).toBe(
			'fixture/facts.json: record 1 ("trade"), field "change": is "down", but the sentence does not state "3 млрд долларға" as a change'
		);
	});

	it('goes the way the sentence says', () => {
		expect(problem(risen((f) => (f.change = 'down')))).toBe(
			'fixture/facts.json: record 1 ("trade"), field "change": is "down", but the sentence says "3 млрд долларға" went up: make it "up"'
		);
	});

	it('is one of up and down', () => {
		expect(problem(risen((f) => (f.change = 'rise')))).toMatch(
			/record 1 \("trade"\), field "change": "rise" is not one of up, down/
		);
	});

	it('is drawn by no chart but a change chart, and a change chart draws nothing else', () => {
		expect(problem(risen((f) => (f.change = 'up')))).toBe(
			'fixture/charts.json: record 1 ("trade"), field "facts[0]": a bars chart cannot draw "trade": it is a change, which a change chart draws as a signed bar'
		);
		const level = fixtureData();
		const charts = JSON.parse(level.charts.content) as Rec[];
		charts[1]!.type = 'change';
		level.charts = { ...level.charts, content: JSON.stringify(charts) };
		expect(problem(level)).toMatch(
			/record 2 \("investment"\), field "facts\[0\]": a change chart cannot draw "investment": it is not a change/
		);
	});
});
