// The exported SVGs as a Linux machine with no Noto Sans draws them: fontconfig is given DejaVu
// Sans alone (the widest fallback the files name, and what Debian installs by default), and
// librsvg and Inkscape, which ignore `textLength`, draw every text at DejaVu's own width. Each file
// is drawn on a canvas wider than the figure, so that a line running past the figure's right
// edge is drawn (not clipped) and pdftotext -bbox reads where it ends. resvg, given DejaVu Sans
// alone, honours `textLength`; it is checked by the ink it leaves past the figure's edge.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, describe, expect, it } from 'vitest';
import { LANGS, type ArticleMeta, type Chart } from '$lib/data/types';
import { legacyArticle } from '$lib/server/library';
import { DEJAVU_TTF_FILES } from '$lib/text/build-metrics.js';
import { dataset } from '../../../tests/unit/dataset';
import { makeArticle } from '../../../tests/unit/factories';
import { FIXTURE_CHARTS } from '../../../tests/unit/fixture-charts';
import { pdfWords, type PdfWord } from '../../../tests/pdf-text';
import { fileName } from './file-names';
import { exportSvg } from './svg';

const dir = mkdtempSync(join(tmpdir(), 'derek-dejavu-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A fontconfig that knows DejaVu Sans regular and bold and nothing else. */
function dejavuOnly(): NodeJS.ProcessEnv {
	const fonts = join(dir, 'fonts');
	mkdirSync(fonts);
	for (const file of Object.values(DEJAVU_TTF_FILES)) {
		symlinkSync(file, join(fonts, file.split('/').pop() ?? ''));
	}
	const conf = join(dir, 'fonts.conf');
	writeFileSync(
		conf,
		`<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>` +
			`<dir>${fonts}</dir><cachedir>${join(dir, 'cache')}</cachedir></fontconfig>\n`
	);
	const found = execFileSync('fc-list', ['--format', '%{family}\n'], {
		encoding: 'utf8',
		env: { ...process.env, FONTCONFIG_FILE: conf }
	});
	if ([...new Set(found.trim().split('\n'))].join() !== 'DejaVu Sans') {
		throw new Error(`the test's fontconfig should list DejaVu Sans alone, got ${found}`);
	}
	return { ...process.env, FONTCONFIG_FILE: conf, HOME: dir };
}
const env = dejavuOnly();

/** How much wider than the figure each file's canvas is made. */
const MARGIN = 200;

interface Figure {
	name: string;
	/** The figure's width in px, as its file says. */
	width: number;
}

/** Writes the SVG with its canvas widened to the right, the figure unmoved and unscaled. */
function writeWide(name: string, svg: string): Figure {
	const size = /<svg [^>]*?width="(\d+)" height="(\d+)" viewBox="0 0 (\d+) (\d+)"/.exec(svg);
	if (!size) throw new Error(`${name}: no width, height and viewBox on <svg>`);
	const [head, w, h] = size;
	const width = Number(w);
	const wide = head
		.replace(`width="${width}"`, `width="${width + MARGIN}"`)
		.replace(`viewBox="0 0 ${width} ${h}"`, `viewBox="0 0 ${width + MARGIN} ${h}"`);
	writeFileSync(join(dir, name), svg.replace(head, wide));
	return { name, width };
}

const exported = (chart: Chart, article: ArticleMeta, name: string, lang: (typeof LANGS)[number]) =>
	writeWide(name, exportSvg(chart, article, `https://derek.test/${lang}/charts/${chart.id}`, lang));

const figures: Figure[] = [
	...LANGS.flatMap((lang) =>
		dataset.charts.map((chart) =>
			exported(chart, legacyArticle()!.meta, fileName(chart, 'svg', lang), lang)
		)
	),
	...FIXTURE_CHARTS.flatMap(({ name, chart }) =>
		(['en', 'kk'] as const).map((lang) =>
			exported(chart, makeArticle(), `fixture-${name}-${lang}.svg`, lang)
		)
	)
];

/** Each file drawn by one program to PDF: file name → the words on its page, in px. */
function draw(program: 'rsvg-convert' | 'inkscape'): Map<string, PdfWord[]> {
	const out = join(dir, program);
	mkdirSync(out);
	const pdf = (name: string) => join(out, name.replace(/\.svg$/, '.pdf'));
	if (program === 'rsvg-convert') {
		for (const { name } of figures) {
			execFileSync('rsvg-convert', ['-f', 'pdf', '-o', pdf(name), join(dir, name)], { env });
		}
	} else {
		// One Inkscape process for all files: it takes a second to start.
		execFileSync('inkscape', ['--export-type=pdf', ...figures.map(({ name }) => join(dir, name))], {
			stdio: 'ignore',
			env
		});
		for (const { name } of figures)
			execFileSync('mv', [join(dir, name.replace(/\.svg$/, '.pdf')), pdf(name)]);
	}
	return new Map(
		figures.map(({ name, width }) => {
			const page = pdfWords(pdf(name));
			// Both programs write 1 px as 0.75 pt; the page's width says so.
			const scale = (width + MARGIN) / page.width;
			const px = page.words.map((w) => ({
				text: w.text,
				xMin: w.xMin * scale,
				yMin: w.yMin * scale,
				xMax: w.xMax * scale,
				yMax: w.yMax * scale
			}));
			return [name, px];
		})
	);
}

/** Words whose boxes overlap, their middle halves (top to bottom) taken, as "a|b". */
function overlapping(words: PdfWord[]): string[] {
	const core = words.map((w) => {
		const quarter = (w.yMax - w.yMin) / 4;
		return { ...w, yMin: w.yMin + quarter, yMax: w.yMax - quarter };
	});
	const found: string[] = [];
	core.forEach((a, i) => {
		for (const b of core.slice(i + 1)) {
			const x = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
			const y = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
			if (x > 0.5 && y > 0.5) found.push(`${a.text}|${b.text}`);
		}
	});
	return found;
}

describe('the overlap check', () => {
	const word = (text: string, xMin: number, yMin: number) => ({
		text,
		xMin,
		yMin,
		xMax: xMin + 30,
		yMax: yMin + 12
	});
	it('names two words drawn over each other, not neighbours on a line or in a column', () => {
		expect(overlapping([word('a', 0, 0), word('b', 20, 2)])).toEqual(['a|b']);
		expect(overlapping([word('a', 0, 0), word('b', 31, 0), word('c', 0, 16)])).toEqual([]);
	});
});

describe.each(['rsvg-convert', 'inkscape'] as const)(
	'every exported SVG drawn by %s with DejaVu Sans only',
	(program) => {
		const drawn = draw(program);

		it.each(figures)('$name: no word runs past the figure, none overlaps another', (figure) => {
			const words = drawn.get(figure.name) ?? [];
			expect(words.length).toBeGreaterThan(20);
			const past = words
				.filter((w) => w.xMax > figure.width)
				.map((w) => `«${w.text}» ends ${(w.xMax - figure.width).toFixed(1)} px past the edge`);
			expect(past).toEqual([]);
			expect(overlapping(words)).toEqual([]);
		});
	}
);

describe('every exported SVG drawn by resvg with DejaVu Sans only', () => {
	const font = {
		fontFiles: Object.values(DEJAVU_TTF_FILES),
		loadSystemFonts: false,
		defaultFontFamily: 'DejaVu Sans'
	};

	it.each(figures)('$name: leaves no ink past the figure', ({ name, width }) => {
		const image = new Resvg(readFileSync(join(dir, name), 'utf8'), { font }).render();
		const { pixels } = image;
		// The figure paints its own white background; the widened canvas beyond it is transparent.
		let rightmost = -1;
		for (let y = 0; y < image.height; y++) {
			for (let x = width; x < image.width; x++) {
				if ((pixels[(y * image.width + x) * 4 + 3] ?? 0) > 0) rightmost = Math.max(rightmost, x);
			}
		}
		expect(rightmost < 0 ? 'none' : `ink at x = ${rightmost}`).toBe('none');
		expect(image.width).toBe(width + MARGIN);
	});
});
