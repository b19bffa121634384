// The validator, proved by mutation as a trusted parser is: a fixture article's files are changed
// at random (a key renamed or removed, a value of the wrong type, a number changed, a paragraph
// index moved, a quoted word altered by one letter, a file truncated), and each change either
// leaves the validated data identical or fails with a DataError naming file, record and field.
// Never a stack trace, never a silently different site.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureData } from '../../../tests/unit/fixture-data';
import { DataError, validateDataset, type RawData } from './validate';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];
type JsonFile = Exclude<keyof RawData, 'articleText'>;

const JSON_FILES: JsonFile[] = ['articleJson', 'facts', 'charts', 'statements', 'notCharted'];
const BASE = fixtureData();
const EXPECTED = validateDataset(BASE);
const parsed = (file: JsonFile) => JSON.parse(BASE[file].content) as Json;

/** Every place in a JSON value, as its path from the root. */
function paths(value: Json, at: Path = []): Path[] {
	const inner = Array.isArray(value)
		? value.flatMap((v, i) => paths(v, [...at, i]))
		: value !== null && typeof value === 'object'
			? Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k]))
			: [];
	return [at, ...inner];
}

const get = (root: Json, path: Path): Json =>
	path.reduce<Json>((v, k) => (v as Record<string | number, Json>)[k]!, root);

/** The field a path names, as the validator reports it: "label.kk", "routes[0].waypoints[1]". */
function fieldOf(file: JsonFile, path: Path): string {
	const inRecord = file === 'articleJson' ? path : path.slice(1);
	return (
		inRecord
			.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`))
			.join('')
			.replace(/^\./, '') || '-'
	);
}

// Keys a record may go without; their removal must change only that field (checked below).
const OPTIONAL = new Set(['periodNote', 'hedge', 'printed', 'max', 'publisher', 'url']);

// Numbers that the article's text fixes, so a change must fail: a value and its high end
// against the printed words, a paragraph against the sentence, an inferred year against the texts
// that show it. (A waypoint's coordinates are not in the article: nothing to check them against.)
const CHECKED_NUMBERS = new Set(['value', 'max', 'paragraph']);

// The article's words quoted verbatim: altering one letter must fail.
const VERBATIM = new Set(['sentence', 'printed', 'hedge', 'title']);

const LETTERS = 'aeiouxzабвгдеқңөүұһіә';

interface Mutation {
	file: keyof RawData;
	what: string;
	raw: RawData;
	/** The field the error must name, when the mutation decides it. */
	field?: string;
	/** For a removed optional key: where it was, to compare the result without it. */
	removed?: { file: JsonFile; path: Path };
}

function withJson(file: JsonFile, edit: (root: Json) => Json): RawData {
	const root = edit(parsed(file));
	return { ...BASE, [file]: { ...BASE[file], content: JSON.stringify(root, null, '\t') } };
}

function setAt(root: Json, path: Path, value: Json | undefined): Json {
	if (path.length === 0) return value ?? null;
	const parent = get(root, path.slice(0, -1)) as Record<string | number, Json>;
	const key = path.at(-1)!;
	if (value === undefined) delete parent[key];
	else parent[key] = value;
	return root;
}

/** A misspelling of a key: a letter dropped, doubled, swapped or in the other case. */
function misspell(key: string, n: number): string {
	const i = n % key.length;
	switch (n % 4) {
		case 0:
			return key.slice(0, i) + key.slice(i + 1) || `${key}s`;
		case 1:
			return key.slice(0, i) + key[i] + key.slice(i);
		case 2:
			return i + 1 < key.length
				? key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2)
				: `${key}x`;
		default: {
			const c = key[i]!;
			const other = c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase();
			return other === c ? `${key}_` : key.slice(0, i) + other + key.slice(i + 1);
		}
	}
}

/** A value of another JSON type than `value`. */
function wrongType(value: Json, n: number): Json {
	const options: Json[] = ['text', 7, true, null, [], {}, ['a'], { a: 1 }];
	const kind = (v: Json) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
	const others = options.filter((o) => kind(o) !== kind(value));
	return others[n % others.length]!;
}

const pick = <T>(list: readonly T[]) => fc.nat().map((n) => list[n % list.length]!);
const fileAndPath = (keep: (value: Json, path: Path) => boolean) =>
	pick(JSON_FILES).chain((file) => {
		const root = parsed(file);
		const found = paths(root).filter((p) => keep(get(root, p), p));
		return found.length === 0
			? fc.constant(undefined)
			: pick(found).map((path) => ({ file, path }));
	});
const lastKey = (p: Path) => p.at(-1);

const renamed = fc
	.tuple(
		fileAndPath((_, p) => typeof lastKey(p) === 'string'),
		fc.nat()
	)
	.map(([at, n]): Mutation | undefined => {
		if (!at) return undefined;
		const key = String(lastKey(at.path));
		const parent = get(parsed(at.file), at.path.slice(0, -1)) as Record<string, Json>;
		const name = misspell(key, n);
		if (name in parent) return undefined;
		return {
			file: at.file,
			what: `key ${at.path.join('.')} renamed "${name}"`,
			field: fieldOf(at.file, [...at.path.slice(0, -1), name]),
			raw: withJson(at.file, (root) => {
				const p = get(root, at.path.slice(0, -1)) as Record<string, Json>;
				p[name] = p[key]!;
				delete p[key];
				return root;
			})
		};
	});

const removed = fileAndPath((_, p) => typeof lastKey(p) === 'string').map(
	(at): Mutation | undefined =>
		at && {
			file: at.file,
			what: `key ${at.path.join('.')} removed`,
			removed: at,
			raw: withJson(at.file, (root) => setAt(root, at.path, undefined))
		}
);

const retyped = fc
	.tuple(
		fileAndPath(() => true),
		fc.nat()
	)
	.map(([at, n]): Mutation | undefined => {
		if (!at) return undefined;
		const value = wrongType(get(parsed(at.file), at.path), n);
		return {
			file: at.file,
			what: `${at.path.join('.')} set to ${JSON.stringify(value)}`,
			field: fieldOf(at.file, at.path),
			raw: withJson(at.file, (root) => setAt(root, at.path, value))
		};
	});

const renumbered = fc
	.tuple(
		fileAndPath(
			(v, p) =>
				typeof v === 'number' && (CHECKED_NUMBERS.has(String(lastKey(p))) || p.includes('inferred'))
		),
		fc.integer({ min: -3, max: 3 }).filter((d) => d !== 0),
		fc.boolean()
	)
	.map(([at, delta, scale]): Mutation | undefined => {
		if (!at) return undefined;
		const old = get(parsed(at.file), at.path) as number;
		const value = scale ? old * 10 ** delta : old + delta;
		return {
			file: at.file,
			what: `${at.path.join('.')} changed from ${old} to ${value}`,
			raw: withJson(at.file, (root) => setAt(root, at.path, value))
		};
	});

const misquoted = fc
	.tuple(
		fileAndPath((v, p) => typeof v === 'string' && VERBATIM.has(String(lastKey(p)))),
		fc.nat(),
		pick([...LETTERS])
	)
	.map(([at, n, letter]): Mutation | undefined => {
		if (!at) return undefined;
		const old = get(parsed(at.file), at.path) as string;
		const i = n % old.length;
		if (old[i] === letter) return undefined;
		const value = old.slice(0, i) + letter + old.slice(i + 1);
		return {
			file: at.file,
			what: `${at.path.join('.')} altered to "${value}"`,
			raw: withJson(at.file, (root) => setAt(root, at.path, value))
		};
	});

// Cut before the end of the text's last word: a lost final newline is no change to the article.
const truncated = fc
	.tuple(pick([...JSON_FILES, 'articleText'] as const), fc.double({ min: 0, max: 1, noNaN: true }))
	.map(([file, share]): Mutation => {
		const content = file === 'articleText' ? BASE[file].content.trimEnd() : BASE[file].content;
		const length = Math.min(content.length - 1, Math.floor(share * content.length));
		return {
			file,
			what: `${file} cut to ${length} characters`,
			raw: { ...BASE, [file]: { ...BASE[file], content: content.slice(0, length) } }
		};
	});

const mutation = fc
	.oneof(renamed, removed, retyped, renumbered, misquoted, truncated)
	.filter((m): m is Mutation => m !== undefined)
	// A failing case is reported by what was changed, not by the whole folder's text.
	.map((m) => Object.assign(m, { [fc.toStringMethod]: () => `${m.file}: ${m.what}` }));

// file: record, field "…": problem — the only form a problem may take.
const NAMED =
	/^fixture\/(article\.json|article\.kk\.txt|facts\.json|charts\.json|statements\.json|not-charted\.json): (the whole file|the article|record \d+(?: \("[a-z0-9-]+"\))?|paragraph \d+), (field|number) "([^"]+)": \S/;

/** The expected data with the field at `path` of `file` gone, as its removal should leave it. */
function expectedWithout({ file, path }: { file: JsonFile; path: Path }) {
	const fresh = validateDataset(BASE) as unknown as Record<string, Json>;
	const at: Path =
		file === 'articleJson'
			? ['article', ...path]
			: [
					{ facts: 'facts', charts: 'charts', statements: 'statements', notCharted: 'notCharted' }[
						file
					],
					...path
				];
	setAt(fresh as Json, at, undefined);
	return fresh;
}

describe('a fixture article mutated at random', () => {
	it('either validates to the same data or fails naming file, record and field', () => {
		const seen = new Map<string, number>();
		fc.assert(
			fc.property(mutation, (m) => {
				let result: unknown;
				try {
					result = validateDataset(m.raw);
				} catch (e) {
					if (!(e instanceof DataError))
						throw new Error(`${m.what}: not a DataError: ${String(e)}`);
					const named = NAMED.exec(e.message);
					if (!named)
						throw new Error(`${m.what}: "${e.message}" does not name file, record and field`);
					if (m.field && e.field !== m.field && named[2] !== 'the whole file') {
						throw new Error(`${m.what}: "${e.message}" names field "${e.field}", not "${m.field}"`);
					}
					const kind = m.what.replace(/^.* (renamed|removed|set to|changed|altered|cut).*$/, '$1');
					seen.set(kind, (seen.get(kind) ?? 0) + 1);
					return;
				}
				if (m.removed) {
					const key = String(lastKey(m.removed.path));
					if (!OPTIONAL.has(key)) throw new Error(`${m.what}: accepted without a required key`);
					expect(result, m.what).toEqual(expectedWithout(m.removed));
				} else {
					expect(result, m.what).toEqual(EXPECTED);
				}
			}),
			{ numRuns: 2000 }
		);
		// Every kind of mutation was tried, and failed, many times.
		for (const kind of ['renamed', 'removed', 'set to', 'changed', 'altered', 'cut']) {
			expect(seen.get(kind) ?? 0, kind).toBeGreaterThan(50);
		}
		// Under a second alone; a machine busy with a build can take ten times that.
	}, 60_000);
});
