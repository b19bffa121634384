// Every file the real article exports (each chart in each language and format), and each chart's
// citation and BibTeX entry, against the committed snapshots in tests/snapshots/exports/. A change
// to a figure fails here until the snapshots are updated on purpose: `npm run test:update`, then
// review `git diff tests/snapshots`.
import { describe, expect, it } from 'vitest';
import { citeChart } from '$lib/cite';
import { LANGS } from '$lib/data/types';
import { exportAll } from '$lib/export/all';
import { FORMATS } from '$lib/export/file-names';
import type { ExportFile } from '$lib/export/files';
import { chartAddress } from '$lib/server/addresses';
import { legacyArticle } from '$lib/server/library';
import { BINARY_MANIFEST, EXPORTS_DIR, binaryManifest, isText } from './snapshot-files';

const article = legacyArticle()!;
const dataset = article.data;
const files: ExportFile[] = [];
// The real article's alone: the test's time does not grow with the articles in data/.
for await (const chart of exportAll([article])) files.push(...chart.files);
const text = files.filter(isText);
const binary = files.filter(
	(f): f is { name: string; type: string; body: Uint8Array<ArrayBuffer> } => !isText(f)
);

describe('the real article’s exported files', () => {
	it('are every chart in every language and format', () => {
		expect(files.length).toBe(dataset.charts.length * LANGS.length * FORMATS.length);
		expect(new Set(files.map((f) => f.name)).size).toBe(files.length);
	});

	it.each(text)('$name matches its snapshot', async ({ name, body }) => {
		await expect(body).toMatchFileSnapshot(`${EXPORTS_DIR}${name}`);
	});

	it('binary files (PNG) match their sizes and hashes', async () => {
		await expect(binaryManifest(binary)).toMatchFileSnapshot(`${EXPORTS_DIR}${BINARY_MANIFEST}`);
	}, 60_000);
});

describe.each(dataset.charts.flatMap((chart) => LANGS.map((lang) => ({ chart, lang }))))(
	'the citation of $chart.id in $lang',
	({ chart, lang }) => {
		const cite = citeChart(chart, article.meta, chartAddress(article, chart, lang).page, lang);
		const base = `${EXPORTS_DIR}derek-${chart.id}-${lang}`;

		it('matches its snapshot as text and as BibTeX', async () => {
			await expect(`${cite.text}\n`).toMatchFileSnapshot(`${base}.cite.txt`);
			await expect(`${cite.bibtex}\n`).toMatchFileSnapshot(`${base}.bib`);
		});
	}
);
