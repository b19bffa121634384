// The fixture article written out as a data folder on disk, as a newsroom would hand one over:
// for the tests of the folder reader and of `npm run check-data`.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawData } from '$lib/data/validate';
import { fixtureData } from './fixture-data';

const NAMES: Record<keyof RawData, string> = {
	articleJson: 'article.json',
	articleText: 'article.kk.txt',
	facts: 'facts.json',
	charts: 'charts.json',
	statements: 'statements.json',
	notCharted: 'not-charted.json'
};

/** A fresh data folder holding the given articles (by slug), and site.json when given. */
export function writeDataFolder(
	articles: Record<string, RawData> = { 'test-article': fixtureData() },
	site?: unknown
): string {
	const root = mkdtempSync(join(tmpdir(), 'derek-data-'));
	for (const [slug, raw] of Object.entries(articles)) {
		const folder = join(root, 'articles', slug);
		mkdirSync(folder, { recursive: true });
		for (const [key, name] of Object.entries(NAMES)) {
			writeFileSync(join(folder, name), raw[key as keyof RawData].content);
		}
	}
	if (site !== undefined) writeFileSync(join(root, 'site.json'), JSON.stringify(site));
	return root;
}
