import { readFileSync } from 'node:fs';
import type { RawData } from '$lib/data/validate';

const read = (name: string) => ({ name, content: readFileSync(name, 'utf8') });

/** The real data files, as the build reads them. */
export function realData(): RawData {
	return {
		articleJson: read('data/article.json'),
		articleText: read('data/article.kk.txt'),
		facts: read('data/facts.json'),
		charts: read('data/charts.json'),
		statements: read('data/statements.json'),
		notCharted: read('data/not-charted.json')
	};
}

/** The real data with one file's parsed JSON changed by `edit`. */
export function withEdit(
	file: 'facts' | 'charts' | 'articleJson' | 'statements' | 'notCharted',
	edit: (json: Record<string, unknown>[] & Record<string, unknown>) => void
): RawData {
	const raw = realData();
	const json = JSON.parse(raw[file].content);
	edit(json);
	raw[file] = { ...raw[file], content: JSON.stringify(json) };
	return raw;
}
