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
