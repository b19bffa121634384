import {
	acceptsBound,
	acceptsUnit,
	chartType,
	chartTypes,
	markedFacts,
	refusal
} from '$lib/charts/registry';
import { readCountedNoun } from './counted-noun';
import { readHedge } from './hedge';
import { checkShownNumbers, readInferred } from './inferences';
import { readMax, statesChange } from './fact-bounds';
import { printedProblem } from './printed-number';
import { typesetDataset } from './typeset-dataset';
import {
	BOUNDS,
	LANGS,
	TRANSLATION_LANGS,
	UNITS,
	type Article,
	type Attribution,
	type Chart,
	type Dataset,
	type Fact,
	type Localized,
	type NotCharted,
	type Route,
	type Statement,
	type Translated
} from './types';

/** A data file that does not say what the site needs; the message names file, record and field. */
export class DataError extends Error {
	constructor(
		readonly file: string,
		readonly record: string,
		readonly field: string,
		problem: string
	) {
		super(`${file}: ${record}, field "${field}": ${problem}`);
		this.name = 'DataError';
	}
}

/** The raw contents of the data files, as read from disk, with the names to report them by. */
export interface RawData {
	articleJson: { name: string; content: string };
	articleText: { name: string; content: string };
	facts: { name: string; content: string };
	charts: { name: string; content: string };
	statements: { name: string; content: string };
	notCharted: { name: string; content: string };
}

type Obj = Record<string, unknown>;

/** Reads one record's fields, reporting every problem against the file and record. */
export class RecordReader {
	constructor(
		private readonly file: string,
		readonly label: string,
		private readonly obj: Obj
	) {}

	fail(field: string, problem: string): never {
		throw new DataError(this.file, this.label, field, problem);
	}

	/** The record's field names, and whether one is given. */
	keys(): string[] {
		return Object.keys(this.obj);
	}
	has(field: string): boolean {
		return this.obj[field] !== undefined;
	}

	string(field: string, { optional = false } = {}): string {
		const v = this.obj[field];
		if (v === undefined && optional) return '';
		if (typeof v !== 'string') this.fail(field, v === undefined ? 'is missing' : 'must be text');
		if (v.trim() === '') this.fail(field, 'is empty');
		return v;
	}

	number(field: string): number {
		const v = this.obj[field];
		if (typeof v !== 'number' || !Number.isFinite(v)) {
			this.fail(field, v === undefined ? 'is missing' : 'must be a finite number');
		}
		return v;
	}

	integer(field: string, min: number): number {
		const v = this.number(field);
		if (!Number.isInteger(v) || v < min) this.fail(field, `must be a whole number ≥ ${min}`);
		return v;
	}

	oneOf<T extends string>(field: string, allowed: readonly T[]): T {
		const v = this.string(field);
		if (!(allowed as readonly string[]).includes(v)) {
			this.fail(field, `"${v}" is not one of ${allowed.join(', ')}`);
		}
		return v as T;
	}

	/** A text in each of `langs`; any other language key is an error, so a typo cannot hide. */
	texts<L extends string>(
		field: string,
		langs: readonly L[],
		{ optional = false } = {}
	): Record<L, string> | undefined {
		const v = this.obj[field];
		if (v === undefined && optional) return undefined;
		if (!isObj(v))
			this.fail(field, v === undefined ? 'is missing' : 'must be an object of texts by language');
		const inner = new RecordReader(this.file, this.label, v);
		for (const key of Object.keys(v)) {
			if (!(langs as readonly string[]).includes(key)) {
				this.fail(`${field}.${key}`, `"${key}" is not one of the languages ${langs.join(', ')}`);
			}
		}
		const out = {} as Record<L, string>;
		for (const lang of langs) {
			if (v[lang] === undefined) this.fail(`${field}.${lang}`, `the ${lang} text is missing`);
			out[lang] = inner.string(`${lang}`);
		}
		return out;
	}

	/** A text in every interface language. */
	required(field: string): Localized {
		return this.texts(field, LANGS) as Localized;
	}

	/** Optional texts in every interface language. */
	localized(field: string): Localized | undefined {
		return this.texts(field, LANGS, { optional: true });
	}

	/** A translation of the Kazakh original into every other interface language. */
	translated(field: string): Translated {
		return this.texts(field, TRANSLATION_LANGS) as Translated;
	}

	strings(field: string, pattern: RegExp, what: string): string[] {
		const v = this.obj[field];
		if (!Array.isArray(v) || v.length === 0) this.fail(field, 'must be a non-empty list');
		return v.map((item, i) => {
			if (typeof item !== 'string' || !pattern.test(item)) {
				this.fail(`${field}[${i}]`, `${JSON.stringify(item)} is not ${what}`);
			}
			return item;
		});
	}

	/** A non-empty list of objects. */
	list(field: string): Obj[] {
		const v = this.obj[field];
		if (!Array.isArray(v) || v.length === 0) this.fail(field, 'must be a non-empty list');
		return v.map((item, i) => {
			if (!isObj(item)) this.fail(`${field}[${i}]`, 'must be an object');
			return item;
		});
	}

	/** A reader for an object inside this record, reporting fields as `prefix.field`. */
	nested(obj: Obj, prefix: string): RecordReader {
		return new PrefixedReader(this.file, this.label, obj, prefix, this);
	}

	object(field: string): RecordReader {
		const v = this.obj[field];
		if (!isObj(v)) this.fail(field, v === undefined ? 'is missing' : 'must be an object');
		return new PrefixedReader(this.file, this.label, v, field, this);
	}
}

/** A reader for a nested object, whose field names are reported with the parent's prefix. */
class PrefixedReader extends RecordReader {
	constructor(
		file: string,
		label: string,
		obj: Obj,
		private readonly prefix: string,
		private readonly parent: RecordReader
	) {
		super(file, label, obj);
	}
	override fail(field: string, problem: string): never {
		return this.parent.fail(`${this.prefix}.${field}`, problem);
	}
}

function isObj(v: unknown): v is Obj {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseJson(file: { name: string; content: string }): unknown {
	try {
		return JSON.parse(file.content);
	} catch (e) {
		throw new DataError(
			file.name,
			'the whole file',
			'-',
			`is not valid JSON (${(e as Error).message})`
		);
	}
}

function records(file: { name: string; content: string }, { ids = true } = {}): RecordReader[] {
	const list = parseJson(file);
	if (!Array.isArray(list) || list.length === 0) {
		throw new DataError(file.name, 'the whole file', '-', 'must be a non-empty list of records');
	}
	const seen = new Set<string>();
	return list.map((item, i) => {
		const label = `record ${i + 1}`;
		if (!isObj(item)) throw new DataError(file.name, label, '-', 'must be an object');
		const reader = new RecordReader(file.name, label, item);
		if (!ids) return reader;
		const id = reader.string('id');
		if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
			reader.fail('id', `"${id}" must be lowercase letters, digits and single hyphens`);
		}
		if (seen.has(id)) reader.fail('id', `"${id}" is used by an earlier record`);
		seen.add(id);
		return new RecordReader(file.name, `${label} ("${id}")`, item);
	});
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const COUNTRY = /^[A-Z]{2}$/;

function readArticle(raw: RawData): Article {
	const json = parseJson(raw.articleJson);
	if (!isObj(json)) {
		throw new DataError(raw.articleJson.name, 'the whole file', '-', 'must be an object');
	}
	const r = new RecordReader(raw.articleJson.name, 'the article', json);
	const text = raw.articleText.content.replace(/\r\n/g, '\n');
	const title = r.string('title');
	const firstLine = text.split('\n', 1)[0]?.trim();
	if (firstLine !== title) {
		r.fail('title', `must be the first line of ${raw.articleText.name} verbatim ("${firstLine}")`);
	}
	const date = r.string('date');
	if (!ISO_DATE.test(date) || Number.isNaN(Date.parse(date))) {
		r.fail('date', `"${date}" is not a date in the form YYYY-MM-DD`);
	}
	const file = r.string('file');
	if (!raw.articleText.name.endsWith(file)) {
		r.fail('file', `names "${file}" but the text was read from ${raw.articleText.name}`);
	}
	return {
		title,
		titleTranslation: r.translated('titleTranslation'),
		date,
		lang: r.oneOf('lang', ['kk', 'ru', 'en'] as const),
		file,
		about: r.required('about'),
		text,
		paragraphs: text.split(/\n\s*\n/).map((p) => p.trim())
	};
}

/** The paragraph a record names, checked against the article. */
function readParagraph(r: RecordReader, article: Article): { paragraph: number; text: string } {
	const paragraph = r.integer('paragraph', 1);
	const text = article.paragraphs[paragraph - 1];
	if (text === undefined) {
		r.fail(
			'paragraph',
			`the article has ${article.paragraphs.length} paragraphs, not ${paragraph}`
		);
	}
	return { paragraph, text };
}

/** A record's sentence, which must stand verbatim in the paragraph it names. */
function readSentence(r: RecordReader, article: Article) {
	const { paragraph, text } = readParagraph(r, article);
	const sentence = r.string('sentence');
	if (!text.includes(sentence)) {
		const elsewhere = article.text.includes(sentence);
		r.fail(
			'sentence',
			elsewhere
				? `is in the article but not in paragraph ${paragraph}`
				: 'is not verbatim in the article text'
		);
	}
	return { paragraph, text, sentence, offset: article.text.indexOf(sentence) };
}

/** Who says it; the attributing words, if any, must stand in the same paragraph. */
function readAttribution(r: RecordReader, text: string, paragraph: number): Attribution {
	const attr = r.object('attribution');
	const printed = attr.string('printed', { optional: true });
	if (printed && !text.includes(printed)) {
		attr.fail('printed', `"${printed}" is not in paragraph ${paragraph}`);
	}
	const attribution: Attribution = { who: attr.required('who') };
	if (printed) attribution.printed = printed;
	return attribution;
}

function readFact(r: RecordReader, article: Article): Fact {
	const unit = r.oneOf('unit', UNITS);
	const countOf = readCountedNoun(r, 'countOf');
	if (unit === 'count' && !countOf)
		r.fail('countOf', 'is missing: a count must say what it counts');
	const bound = r.oneOf('bound', BOUNDS);
	const value = r.number('value');
	if (value < 0) r.fail('value', 'must not be negative');
	if (unit === 'percent' && value > 100) r.fail('value', 'a percentage must not exceed 100');
	const max = readMax(r, bound, value);

	const { paragraph, text, sentence } = readSentence(r, article);

	const printed = r.string('printed');
	if (!sentence.includes(printed)) r.fail('printed', `"${printed}" is not inside the sentence`);
	// The number reader of the article's language reads the printed words.
	const mismatch = printedProblem({ printed, value, unit, bound, max }, article.lang);
	if (mismatch) r.fail(mismatch.field, mismatch.problem);

	const attribution = readAttribution(r, text, paragraph);
	const hedge = readHedge(r, { sentence, printed, bound }, article.lang);
	const inferred = readInferred(r, 'inferred');

	const fact: Fact = {
		id: r.string('id'),
		label: r.required('label'),
		value,
		unit,
		bound,
		period: r.required('period'),
		kind: r.required('kind'),
		measure: r.required('measure'),
		parties: r.strings('parties', COUNTRY, 'an ISO 3166 two-letter country code'),
		printed,
		sentence,
		paragraph,
		offset: article.text.indexOf(sentence),
		attribution,
		translation: r.translated('translation')
	};
	if (max !== undefined) fact.max = max;
	const periodNote = r.localized('periodNote');
	if (periodNote) fact.periodNote = periodNote;
	if (countOf) fact.countOf = countOf;
	if (hedge) fact.hedge = hedge;
	if (inferred) fact.inferred = inferred;
	return fact;
}

function readChart(r: RecordReader, facts: Map<string, Fact>, article: Article): Chart {
	const ids = r.strings('facts', /^/, 'a fact id');
	const resolved = ids.map((id, i) => {
		const fact = facts.get(id);
		if (!fact) r.fail(`facts[${i}]`, `no fact has the id "${id}"`);
		if (ids.indexOf(id) !== i) r.fail(`facts[${i}]`, `"${id}" is listed twice`);
		return fact;
	});
	const type = r.oneOf('type', chartTypes());
	// What each type can draw truthfully is the registry's to say (src/lib/charts/registry.ts).
	const marked = markedFacts(type, resolved);
	const [first] = marked;
	for (const { fact, index } of marked) {
		if (!acceptsUnit(type, fact.unit))
			r.fail(
				`facts[${index}]`,
				`a ${type} chart draws ${chartType(type).units.join(' or ')} figures, "${fact.id}" is ${fact.unit}`
			);
		if (fact.unit !== first?.fact.unit)
			r.fail(
				`facts[${index}]`,
				`"${fact.id}" is in ${fact.unit}; one ${type} chart needs one unit`
			);
		if (!acceptsBound(type, fact.bound))
			r.fail(
				`facts[${index}]`,
				`a ${type} chart cannot show the bound of "${fact.id}" (${fact.bound}) truthfully`
			);
		const change = statesChange(fact, article.lang);
		const refused = refusal(type, fact, { change });
		if (refused)
			r.fail(`facts[${index}]`, `a ${type} chart cannot draw "${fact.id}": it ${refused}`);
	}
	const chart: Chart = {
		id: r.string('id'),
		type,
		title: r.required('title'),
		subtitle: r.required('subtitle'),
		facts: resolved
	};
	if (type === 'route-map') chart.routes = readRoutes(r, article);
	return chart;
}

function readRoutes(r: RecordReader, article: Article): Route[] {
	return r.list('routes').map((route, i) => {
		const at = (field: string) => `routes[${i}].${field}`;
		const reader = r.nested(route, `routes[${i}]`);
		const waypoints = reader.list('waypoints').map((w, j) => {
			const point = reader.nested(w, `waypoints[${j}]`);
			const lon = point.number('lon');
			const lat = point.number('lat');
			if (Math.abs(lon) > 180 || Math.abs(lat) > 90)
				point.fail('lon', 'is not a longitude and latitude');
			const printed = point.string('printed', { optional: true });
			if (printed && !article.text.includes(printed)) {
				point.fail('printed', `"${printed}" is not in the article text`);
			}
			return { name: point.required('name'), lon, lat, ...(printed ? { printed } : {}) };
		});
		if (waypoints.length < 2) r.fail(at('waypoints'), 'a route needs at least two places');
		return {
			id: reader.string('id'),
			label: reader.required('label'),
			emphasis: reader.oneOf('emphasis', ['primary', 'secondary'] as const),
			waypoints
		};
	});
}

function readStatement(r: RecordReader, article: Article): Statement {
	const { paragraph, text, sentence, offset } = readSentence(r, article);
	return {
		id: r.string('id'),
		label: r.required('label'),
		sentence,
		paragraph,
		offset,
		attribution: readAttribution(r, text, paragraph),
		translation: r.translated('translation'),
		note: r.required('note')
	};
}

function readNotCharted(r: RecordReader, article: Article): NotCharted {
	const { paragraph, text } = readParagraph(r, article);
	const printed = r.string('printed');
	if (!text.includes(printed)) r.fail('printed', `"${printed}" is not in paragraph ${paragraph}`);
	return { printed, paragraph, reason: r.required('reason') };
}

/** Checks the data files against each other and the article; throws a DataError on the first problem. */
export function validateDataset(raw: RawData): Dataset {
	const article = readArticle(raw);
	const facts = records(raw.facts).map((r) => readFact(r, article));
	const byId = new Map(facts.map((f) => [f.id, f]));
	const charts = records(raw.charts).map((r) => readChart(r, byId, article));
	const statements = records(raw.statements).map((r) => readStatement(r, article));
	const notCharted = records(raw.notCharted, { ids: false }).map((r) => readNotCharted(r, article));
	const dataset = { article, facts, charts, statements, notCharted };
	checkShownNumbers(dataset, { facts: raw.facts.name, charts: raw.charts.name });
	return typesetDataset(dataset);
}
