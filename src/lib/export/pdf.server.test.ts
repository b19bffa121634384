// The exported PDFs as a LaTeX user or a printer meets them, read with poppler's tools
// (installed by scripts/test.sh): pdfinfo, pdffonts, pdfimages, pdftotext.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { translationFor, LANGS } from '$lib/data/types';
import { sourceLine } from '$lib/embed/snippets';
import { groupBySentence } from '$lib/sources';
import { legacyArticle } from '$lib/server/library';
import { dataset } from '../../../tests/unit/dataset';
import { checkSentence, pdfToText } from '../../../tests/pdf-text';
import { layoutFigure } from './figure';
import { fileName } from './file-names';
import { exportPdf } from './pdf';

const article = legacyArticle()!.meta;
const dir = mkdtempSync(join(tmpdir(), 'derek-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (program: string, file: string, ...args: string[]) =>
	execFileSync(program, [...args, file], { encoding: 'utf8' });

const pdfs = LANGS.flatMap((lang) =>
	dataset.charts.map((chart) => {
		const url = `https://derek.test/${lang}/charts/${chart.id}`;
		const body = exportPdf(chart, article, url, lang);
		const file = join(dir, fileName(chart, 'pdf', lang));
		writeFileSync(file, body);
		return { chart, lang, url, body, file, name: fileName(chart, 'pdf', lang) };
	})
);

describe.each(pdfs)('$name', ({ chart, lang, url, body, file }) => {
	const info = run('pdfinfo', file);
	const field = (name: string) => new RegExp(`^${name}:\\s+(.*)$`, 'm').exec(info)?.[1];

	it('is one page of the figure’s size, under 60 KB', () => {
		const layout = layoutFigure(chart, article, url, lang);
		expect(field('Pages')).toBe('1');
		expect(field('Page size')).toBe(
			`${+(layout.width * 0.75).toFixed(2)} x ${+(layout.height * 0.75).toFixed(2)} pts`
		);
		expect(body.length).toBeLessThan(60 * 1024);
	});

	it('has its title and source in its metadata, and is tagged', () => {
		expect(field('Title')).toBe(chart.title[lang]);
		expect(field('Subject')).toBe(sourceLine(article, lang));
		expect(field('Tagged')).toBe('yes');
	});

	it('embeds every font, as a subset of Noto Sans, and holds no raster image', () => {
		const fonts = run('pdffonts', file).split('\n').slice(2).filter(Boolean);
		expect(fonts.length).toBeGreaterThan(0);
		for (const line of fonts) {
			const [name, ...rest] = line.split(/\s+/);
			expect(name, line).toMatch(/^[A-Z]{6}\+NotoSans-(Regular|Bold)$/);
			// The emb, sub and uni columns: embedded, subset, with a Unicode map.
			expect(rest.slice(-5, -2), line).toEqual(['yes', 'yes', 'yes']);
		}
		expect(run('pdfimages', file, '-list').split('\n').slice(2).filter(Boolean)).toEqual([]);
	});

	it('gives back every sentence word for word as text, Kazakh letters intact', () => {
		const text = pdfToText(file);
		const sentences = [
			chart.title[lang],
			...groupBySentence(chart.facts).flatMap(({ sentence, facts: [first] }) => [
				sentence,
				...(first ? [translationFor(first.translation, lang, first.sourceLang) ?? []].flat() : [])
			]),
			sourceLine(article, lang),
			`derek · ${url}`
		];
		// Copied text is letters, not ligature glyphs ("ﬁ" would break a URL).
		expect(text).not.toMatch(/[\ufb00-\ufb06]/);
		for (const sentence of sentences)
			expect(checkSentence(text, sentence), sentence).toEqual({
				verbatim: true,
				glued: []
			});
	});

	it('links the URL line to the chart’s permanent URL', () => {
		// Annotations are written uncompressed: find the link and the rectangle it covers.
		const pdf = Buffer.from(body).toString('latin1');
		const annot = /\/Subtype \/Link\n\/A (\d+) 0 R[\s\S]*?\/Rect \[([^\]]+)\]/.exec(pdf);
		expect(annot).not.toBeNull();
		const action = new RegExp(`\\n${annot![1]} 0 obj\\n<<\\n/S /URI\\n/URI \\(([^)]*)\\)`).exec(
			pdf
		);
		expect(action?.[1]).toBe(url);
		// The rectangle (PDF space, origin bottom left) holds the URL as pdftotext places it
		// (origin top left).
		const [x0, y0, x1, y1] = annot![2]!.split(' ').map(Number) as [number, number, number, number];
		const height = Number(field('Page size')!.split(' ')[2]);
		const bbox = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
		const word = new RegExp(
			`<word xMin="([\\d.]+)" yMin="([\\d.]+)" xMax="([\\d.]+)" yMax="([\\d.]+)">${url.replace(/[.]/g, '\\.')}</word>`
		).exec(bbox);
		expect(word, 'the URL as a word of the text').not.toBeNull();
		const [wx0, wy0, wx1, wy1] = word!.slice(1).map(Number) as [number, number, number, number];
		expect(wx0).toBeGreaterThanOrEqual(x0 - 1);
		expect(wx1).toBeLessThanOrEqual(x1 + 1);
		expect(height - wy1).toBeGreaterThanOrEqual(y0 - 2);
		expect(height - wy0).toBeLessThanOrEqual(y1 + 2);
	});
});
