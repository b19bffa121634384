// Reads a data file with its schema, turning the first issue valibot finds into a DataError
// that names the file, the record (its number and id) and the field, as a person would look it up.
import * as v from 'valibot';
import { DataError, RecordAt } from './errors';
import { id } from './schema/shared';

const ID = v.object({ id: id() }, 'is missing');

/** A data file's name, to report it by, and its contents. */
export interface DataFile {
	name: string;
	content: string;
}

/** A record read by its schema, with where it stands. */
export interface Parsed<T> {
	value: T;
	at: RecordAt;
	/** 0-based place in its file (0 for a file of one object). */
	index: number;
}

/** The field an issue is about, as a path: "label.kk", "parties[0]", "routes[0].waypoints[1].lon". */
function fieldOf(issue: v.BaseIssue<unknown>): string {
	let path: readonly v.IssuePathItem[] = issue.path ?? [];
	// An array where an object belongs is reported at the array, not at a key it lacks.
	const last = path.at(-1);
	if (issue.type === 'strict_object' && last?.origin === 'key' && Array.isArray(last.input)) {
		path = path.slice(0, -1);
	}
	const field = path
		.map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
		.join('')
		.replace(/^\./, '');
	return field || '-';
}

/** The record as its schema reads it, or a DataError at its first problem. */
export function parseRecord<S extends v.GenericSchema>(
	schema: S,
	input: unknown,
	at: RecordAt
): v.InferOutput<S> {
	const result = v.safeParse(schema, input);
	if (result.success) return result.output;
	// A key the schema does not know is reported before the key it leaves missing: "lable" is a
	// misspelt "label", and saying so helps more than saying "label" is missing.
	const issue = result.issues.find((i) => i.expected === 'never') ?? result.issues[0];
	return at.fail(fieldOf(issue), issue.message);
}

export function parseJson(file: DataFile): unknown {
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

const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

/** A file holding one object (article.json, site.json), read by its schema. */
export function parseObject<S extends v.GenericSchema>(
	file: DataFile,
	schema: S,
	label: string
): Parsed<v.InferOutput<S>> {
	const json = parseJson(file);
	if (!isObject(json)) throw new DataError(file.name, 'the whole file', '-', 'must be an object');
	const at = new RecordAt(file.name, label);
	return { value: parseRecord(schema, json, at), at, index: 0 };
}

/**
 * A file holding a non-empty list of records, each read by its schema. A record is named by its
 * number and, once its id is read, by its id too: `record 2 ("trade")`. `empty` allows `[]`, for a
 * file an article may have nothing for (statements.json: not every article has a statement).
 */
export function parseRecords<S extends v.GenericSchema>(
	file: DataFile,
	schema: S,
	{ ids = true, empty = false } = {}
): Parsed<v.InferOutput<S>>[] {
	const list = parseJson(file);
	if (!Array.isArray(list) || (list.length === 0 && !empty)) {
		throw new DataError(file.name, 'the whole file', '-', 'must be a non-empty list of records');
	}
	return list.map((item, index) => {
		let at = new RecordAt(file.name, `record ${index + 1}`);
		if (!isObject(item)) at.fail('-', 'must be an object');
		if (ids) {
			// The id first, reported under the record's number alone: the record is named by it.
			// A misspelt "id" is reported as such, by the record's own schema.
			if (!v.is(ID, item)) parseRecord(schema, item, at);
			const { id: checked } = parseRecord(ID, item, at);
			at = new RecordAt(file.name, `record ${index + 1} ("${checked}")`);
		}
		return { value: parseRecord(schema, item, at), at, index };
	});
}
