// The schema is strict: a key it does not list fails, naming file, record and field, with the
// field the writer most likely meant.
import { describe, expect, it } from 'vitest';
import { chart, fact, problem } from '../../../../tests/unit/data-problems';
import { withEdit } from '../../../../tests/unit/fixture-data';
import { realData, SEED_FOLDER } from '../../../../tests/unit/raw-data';
import type { RawData } from '../validate';

type Rec = Record<string, unknown>;

/** The real data with one file's JSON changed by `edit`. */
function realWith(file: 'facts', edit: (json: Rec[]) => void): RawData {
	const raw = realData();
	const json = JSON.parse(raw[file].content) as Rec[];
	edit(json);
	return { ...raw, [file]: { ...raw[file], content: JSON.stringify(json) } };
}

describe('a misspelt or unknown key', () => {
	it('fails, naming the field it most likely meant (the note was silently dropped before)', () => {
		const raw = realWith('facts', (facts) => {
			const f = facts[0]!;
			f.periodnote = f.periodNote;
			delete f.periodNote;
		});
		expect(problem(raw)).toBe(
			`${SEED_FOLDER}/facts.json: record 1 ("kz-jp-trade-2024"), field "periodnote": "periodnote" is not a field of a fact (did you mean "periodNote"?)`
		);
	});

	it('lists the fields when nothing is close', () => {
		expect(problem(chart(0, (c) => (c.colour = 'red')))).toBe(
			'fixture/charts.json: record 1 ("trade"), field "colour": "colour" is not a field of a chart (its fields: id, type, title, subtitle, facts, routes, draft)'
		);
	});

	it('fails inside a nested record too', () => {
		const raw = fact(1, (f) => ((f.attribution as Rec).prnted = 'x'));
		expect(problem(raw)).toBe(
			'fixture/facts.json: record 2 ("investment"), field "attribution.prnted": "prnted" is not a field of an attribution (did you mean "printed"?)'
		);
		const route = chart(3, (c) => (((c.routes as Rec[])[0]!.waypoints as Rec[])[0]!.Lat = 1));
		expect(problem(route)).toMatch(
			/field "routes\[0\]\.waypoints\[0\]\.Lat": "Lat" is not a field of a waypoint \(did you mean "lat"\?\)$/
		);
	});

	it('fails in the article and the inferences', () => {
		expect(problem(withEdit('articleJson', (a) => (a.fulltext = true)))).toBe(
			'fixture/article.json: the article, field "fulltext": "fulltext" is not a field of the article (did you mean "fullText"?)'
		);
		const raw = fact(0, (f) => (((f.inferred as Rec[])[0] as Rec).form = 'x'));
		expect(problem(raw)).toBe(
			'fixture/facts.json: record 1 ("trade"), field "inferred[0].form": "form" is not a field of an inference (did you mean "from"?)'
		);
	});
});

describe('wrong shapes', () => {
	it('a list where an object belongs is named at the field', () => {
		expect(problem(fact(0, (f) => (f.attribution = [])))).toBe(
			'fixture/facts.json: record 1 ("trade"), field "attribution": must be an object'
		);
		expect(problem(fact(0, (f) => (f.label = ['Trade'])))).toBe(
			'fixture/facts.json: record 1 ("trade"), field "label": must be an object of texts by language'
		);
	});

	it('an article whose full text may or may not be shown must say which', () => {
		expect(problem(withEdit('articleJson', (a) => (a.fullText = 'yes')))).toBe(
			'fixture/article.json: the article, field "fullText": must be true or false'
		);
		expect(problem(withEdit('articleJson', (a) => delete a.fullText))).toBe(
			'fixture/article.json: the article, field "fullText": is missing'
		);
	});

	it('an article in a language derek has no reader for', () => {
		expect(problem(withEdit('articleJson', (a) => (a.lang = 'de')))).toBe(
			'fixture/article.json: the article, field "lang": "de" is not one of kk, en, ru'
		);
	});

	it('routes on a chart that is no route map', () => {
		const routes = (JSON.parse(JSON.stringify(realData())) as RawData) && [{}];
		expect(problem(chart(0, (c) => (c.routes = routes)))).toMatch(
			/record 1 \("trade"\), field "routes\[0\]\.id": is missing$/
		);
	});
});

describe('a range', () => {
	it('gives its high end, and only a range has one', () => {
		expect(problem(fact(0, (f) => (f.bound = 'range')))).toBe(
			'fixture/facts.json: record 1 ("trade"), field "max": is missing: a range must give its high end'
		);
		expect(problem(fact(0, (f) => (f.max = 4e9)))).toBe(
			'fixture/facts.json: record 1 ("trade"), field "max": is only for a range, but bound is exact'
		);
		expect(
			problem(
				fact(0, (f) => {
					f.bound = 'range';
					f.max = 2e9;
				})
			)
		).toBe(
			'fixture/facts.json: record 1 ("trade"), field "max": 2000000000 must be greater than value (3000000000), the low end'
		);
	});
});
