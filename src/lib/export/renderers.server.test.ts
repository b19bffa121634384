// The exported SVGs as other programs draw them: converted to PDF by librsvg (GNOME, MediaWiki,
// ImageMagick) and by Inkscape with the machine's Noto Sans, then read back with pdftotext.
// scripts/test.sh installs librsvg2-bin, inkscape, poppler-utils and fonts-noto-core.
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
import { fileName } from './file-names';
import { exportSvg } from './svg';

const article = legacyArticle()!.meta;
const dir = mkdtempSync(join(tmpdir(), 'derek-renderers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const files = LANGS.flatMap((lang) =>
	dataset.charts.map((chart) => {
		const url = `https://derek.test/${lang}/charts/${chart.id}`;
		const name = fileName(chart, 'svg', lang);
		writeFileSync(join(dir, name), exportSvg(chart, article, url, lang));
		const sentences = [
			chart.title[lang],
			chart.subtitle[lang],
			...groupBySentence(chart.facts).flatMap(({ sentence, facts: [first] }) => [
				sentence,
				...(first ? [translationFor(first.translation, lang, first.sourceLang) ?? []].flat() : [])
			]),
			sourceLine(article, lang),
			`derek · ${url}`
		];
		return { name, sentences };
	})
);

/** Each file converted by one program, read back as text: file name → text. */
function convert(program: 'rsvg-convert' | 'inkscape'): Map<string, string> {
	const out = join(dir, program);
	execFileSync('mkdir', ['-p', out]);
	const pdf = (name: string) => join(out, name.replace(/\.svg$/, '.pdf'));
	if (program === 'rsvg-convert') {
		for (const { name } of files) {
			execFileSync('rsvg-convert', ['-f', 'pdf', '-o', pdf(name), join(dir, name)]);
		}
	} else {
		// One Inkscape process for all files: it takes a second to start.
		execFileSync('inkscape', ['--export-type=pdf', ...files.map(({ name }) => join(dir, name))], {
			stdio: 'ignore',
			env: { ...process.env, HOME: dir }
		});
		for (const { name } of files)
			execFileSync('mv', [join(dir, name.replace(/\.svg$/, '.pdf')), pdf(name)]);
	}
	return new Map(files.map(({ name }) => [name, pdfToText(pdf(name))]));
}

describe('the check on extracted text', () => {
	it('finds a sentence across line breaks and hyphen breaks, and names glued words', () => {
		const sentence = 'сауда көлемі 2 млрд долларға жеткен Азия–Еуропа';
		expect(checkSentence('сауда көлемі\n2 млрд долларға жеткен Азия–\nЕуропа', sentence)).toEqual({
			verbatim: true,
			glued: []
		});
		expect(checkSentence('сауда көлемі2 млрд долларғажеткен Азия–Еуропа', sentence)).toEqual({
			verbatim: false,
			glued: ['көлемі|2', 'долларға|жеткен']
		});
		expect(checkSentence('сауда көлемі 3 млрд долларға', sentence).verbatim).toBe(false);
	});
});

describe.each(['rsvg-convert', 'inkscape'] as const)(
	'every exported SVG drawn by %s',
	(program) => {
		const texts = convert(program);

		it.each(files)('$name: every sentence comes back word for word', ({ name, sentences }) => {
			const text = texts.get(name) ?? '';
			const problems = sentences.flatMap((sentence) => {
				const { verbatim, glued } = checkSentence(text, sentence);
				if (verbatim) return [];
				return glued.length
					? [`glued ${glued.map((g) => `«${g}»`).join(', ')} in «${sentence}»`]
					: [`not found: «${sentence}»`];
			});
			expect(problems).toEqual([]);
		});
	}
);
