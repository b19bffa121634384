// The draft marks of a data folder, read straight from its files (no schema, no Vite), so the
// build can list them before it starts and `--strict` can refuse them at once. Each record's
// `draft` lists the fields a person must still write (./schema/draft.ts); the record is named as
// the validator names it: "the article", `record 2 ("p3-percent")`, `record 4`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** One field that still needs a person. */
export interface DraftField {
	file: string;
	record: string;
	field: string;
}

function marksIn(path: string): DraftField[] {
	let data: unknown;
	try {
		data = JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return []; // the validator reports a broken file
	}
	const records = Array.isArray(data)
		? data.map((r, i) => ({ r, label: `record ${i + 1}` }))
		: [{ r: data, label: 'the article' }];
	return records.flatMap(({ r, label }) => {
		if (typeof r !== 'object' || r === null) return [];
		const { id, draft } = r as { id?: unknown; draft?: unknown };
		if (!Array.isArray(draft)) return [];
		const record = typeof id === 'string' ? `${label} ("${id}")` : label;
		return draft.map((field) => ({ file: path, record, field: String(field) }));
	});
}

/** Every field of every article of the data folder that still needs a person. */
export function draftFields(root: string): DraftField[] {
	const articles = join(root, 'articles');
	if (!existsSync(articles) || !statSync(articles).isDirectory()) return [];
	return readdirSync(articles)
		.sort()
		.map((slug) => join(articles, slug))
		.filter((folder) => statSync(folder).isDirectory())
		.flatMap((folder) =>
			readdirSync(folder)
				.filter((name) => name.endsWith('.json'))
				.sort()
				.flatMap((name) => marksIn(join(folder, name)))
		);
}

/** The fields, one a line, as `file: record, field "x": still needs a person (draft)`. */
export const describeDrafts = (fields: DraftField[]): string =>
	fields
		.map((d) => `  ${d.file}: ${d.record}, field "${d.field}": still needs a person (draft)`)
		.join('\n');

/** What strict mode says when it refuses a folder with drafts. */
export const strictRefusal = (root: string, fields: DraftField[]): string =>
	`${root} holds drafts, which a published build refuses (--strict, DEREK_STRICT=1): ` +
	`${fields.length} field${fields.length === 1 ? '' : 's'} still need a person\n${describeDrafts(fields)}`;
