import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { LANGS, translationFor, type Lang } from '$lib/data/types';
import { dataset } from '../../../tests/unit/dataset';
import { makeArticle } from '../../../tests/unit/factories';
import { FIXTURE_CHARTS, fixtureChart } from '../../../tests/unit/fixture-charts';
import { elements, forbiddenConstructs, parseSvg } from '../../../tests/unit/svg-check';
import { formatDate, formatFigure, formatMarkLabel } from '$lib/format';
import { measureWidest } from '$lib/text/measure';
import { legacyArticle } from '$lib/server/library';
import { groupBySentence } from '$lib/sources';
import { exportFile } from './files';
import { FORMATS, fileName } from './file-names';
import { FONT_FILES, svgToPng } from './png';
import { exportSvg } from './svg';

const article = legacyArticle()!.meta;
const url = (id: string, lang: Lang = 'en') => `https://derek.test/${lang}/charts/${id}`;
// The real article's figures, and one of each chart type and bound from the fixtures.
const svgs = [
	...LANGS.flatMap((lang) =>
		dataset.charts.map((chart) => ({
			chart,
			lang,
			article,
			svg: exportSvg(chart, article, url(chart.id, lang), lang)
		}))
	),
	...FIXTURE_CHARTS.flatMap(({ chart }) =>
		LANGS.map((lang) => ({
			chart,
			lang,
			article: makeArticle(),
			svg: exportSvg(chart, makeArticle(), url(chart.id, lang), lang)
		}))
	)
];

/** Every `<text>` of an SVG as its lines (the text of each child `<tspan x>`), with its font weight. */
function textLines(svg: string) {
	return elements(parseSvg(svg))
		.filter((el) => el.localName === 'text')
		.map((text) => {
			const lines = elements(text).filter((el) => el.localName === 'tspan' && el.hasAttribute('x'));
			const x = Number(text.getAttribute('x'));
			return {
				x,
				size: Number(text.getAttribute('font-size')),
				weight: Number(text.getAttribute('font-weight') ?? 400),
				lines: lines.length ? lines.map((l) => l.textContent ?? '') : [text.textContent ?? ''],
				// A line mixing bold and plain has none (PlacedTexts.svelte says why).
				textLengths: lines.flatMap((l) =>
					l.hasAttribute('textLength') ? [Number(l.getAttribute('textLength'))] : []
				),
				mixed: lines.filter((l) => elements(l).some((part) => part !== l)).length,
				tspans: lines.length,
				bold: elements(text)
					.filter((el) => el.localName === 'tspan' && el.getAttribute('font-weight') === '700')
					.map((el) => el.textContent)
			};
		});
}

const squash = (s: string) => s.replace(/\s+/g, '');

describe.each(svgs)('the exported SVG of $chart.id in $lang', ({ chart, lang, article, svg }) => {
	it('is well-formed XML with a px size, a viewBox, a title and a description with the figures', () => {
		const root = parseSvg(svg).documentElement!;
		expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
		const [w, h] = [root.getAttribute('width'), root.getAttribute('height')];
		expect(w).toMatch(/^\d+$/);
		expect(h).toMatch(/^\d+$/);
		expect(root.getAttribute('viewBox')).toBe(`0 0 ${w} ${h}`);
		expect(root.getAttribute('role')).toBe('img');
		const title = elements(parseSvg(svg)).find((e) => e.localName === 'title');
		expect(title?.textContent).toBe(chart.title[lang]);
		const desc = elements(parseSvg(svg)).find((e) => e.localName === 'desc')?.textContent ?? '';
		for (const fact of chart.facts) expect(desc).toContain(fact.label[lang]);
		expect(desc).toMatch(/\d/);
	});

	it('has no script, foreignObject, event attribute, CSS or external reference', () => {
		expect(forbiddenConstructs(svg)).toEqual([]);
	});

	it('names a font that covers Kazakh first in its font stack', () => {
		expect(parseSvg(svg).documentElement!.getAttribute('font-family')).toMatch(/^'Noto Sans',/);
	});

	it('carries the verbatim sentence with the number as printed in bold, and the figure', () => {
		const texts = textLines(svg);
		const all = squash(texts.map((t) => t.lines.join('')).join(''));
		for (const fact of chart.facts) {
			expect(all).toContain(squash(fact.sentence));
			const ours = translationFor(fact.translation, lang, fact.sourceLang);
			if (ours !== undefined) expect(all).toContain(squash(ours));
			expect(texts.flatMap((t) => t.bold).join(' ')).toContain(fact.printed.split(' ')[0]);
			const drawn = [formatMarkLabel(fact, lang), formatFigure(fact, lang)].filter((f) =>
				squash(all).includes(squash(f))
			);
			expect(drawn, `${fact.id} drawn as "${formatMarkLabel(fact, lang)}" or in words`).not.toEqual(
				[]
			);
		}
		expect(all).toContain(squash(url(chart.id, lang)));
		expect(all).toContain(squash(article.title));
		expect(all).toContain(squash(formatDate(article.date, lang)));
	});

	it('quotes each sentence verbatim: the article’s own spaces, no substitutes', () => {
		const texts = elements(parseSvg(svg))
			.filter((el) => el.localName === 'text')
			.map((text) =>
				elements(text)
					.filter((el) => el.localName === 'tspan' && el.hasAttribute('dy'))
					.map((line) => line.textContent ?? '')
					.join('\n')
			);
		for (const { sentence } of groupBySentence(chart.facts)) {
			// Each space of the sentence is a space in the file or the break between two lines; a
			// line may also break after a hyphen or dash inside a word.
			const pattern = [...sentence]
				.map((c) =>
					c === ' '
						? '[ \\n]'
						: c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + (/[-–—/]/.test(c) ? '\\n?' : '')
				)
				.join('');
			expect(
				texts.some((t) => new RegExp(pattern, 'u').test(t)),
				sentence
			).toBe(true);
		}
	});

	it('keeps every line of text inside the figure, and says so with textLength', () => {
		const width = Number(parseSvg(svg).documentElement!.getAttribute('width'));
		for (const text of textLines(svg)) {
			// A reader that draws a wider font than ours squeezes the line to this length.
			for (const length of text.textLengths) {
				expect(length).toBeGreaterThan(0);
				expect(text.x + length).toBeLessThanOrEqual(width);
			}
			expect(text.textLengths.length + text.mixed).toBe(text.tspans);
			for (const line of text.lines) {
				// A line with bold numbers in it is measured bold throughout: the widest it can be,
				// in Noto Sans or in DejaVu Sans, whichever is wider.
				const weight = text.bold.length || text.weight === 700 ? 700 : 400;
				const right = text.x + measureWidest(line, { size: text.size, weight });
				expect(right, `"${line}"`).toBeLessThanOrEqual(width);
			}
		}
	});

	it('draws only characters the bundled font has', () => {
		const fonts = FONT_FILES.map((file) => fontkit.create(readFileSync(file)) as fontkit.Font);
		const chars = new Set(
			textLines(svg)
				.flatMap((t) => [...t.lines.join('')])
				.filter((c) => c.trim() !== '')
		);
		const missing = [...chars].filter(
			(c) => !fonts.every((f) => f.hasGlyphForCodePoint(c.codePointAt(0)!))
		);
		expect(missing).toEqual([]);
	});
});

describe('exports are reproducible', () => {
	it('gives the same bytes for the same input, for every file of every chart', async () => {
		for (const chart of dataset.charts) {
			for (const fmt of FORMATS) {
				const a = await exportFile(chart, fmt, article, url(chart.id), 'kk');
				const b = await exportFile(chart, fmt, article, url(chart.id), 'kk');
				expect(Buffer.from(a.body).equals(Buffer.from(b.body)), `${a.name}`).toBe(true);
			}
		}
		// Fourteen PNG renders: about 2 s alone, more beside the other test files on two cores.
	}, 60_000);
});

const pngs = await Promise.all(
	dataset.charts.map(async (chart) => ({
		chart,
		id: chart.id,
		file: await exportFile(chart, 'png', article, url(chart.id), 'en')
	}))
);

describe.each(pngs)('the exported PNG of $id', ({ chart, file }) => {
	const png = PNG.sync.read(Buffer.from(file.body));
	const svg = parseSvg(exportSvg(chart, article, url(chart.id), 'en')).documentElement!;

	it('decodes at twice the SVG’s size', () => {
		expect(file.name).toBe(fileName(chart, 'png', 'en'));
		expect(png.width).toBe(2 * Number(svg.getAttribute('width')));
		expect(png.height).toBe(2 * Number(svg.getAttribute('height')));
	});

	it('is not blank: it has the chart’s marks and dark text on white', () => {
		let ink = 0;
		let dark = 0;
		for (let i = 0; i < png.data.length; i += 4) {
			const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
			if (r + g + b < 3 * 250) ink++;
			if (r < 60 && g < 60 && b < 60) dark++;
		}
		expect(ink).toBeGreaterThan(20000);
		expect(dark).toBeGreaterThan(5000);
		expect([png.data[0], png.data[1], png.data[2]]).toEqual([255, 255, 255]);
	});

	it('carries its title, source and URL as metadata', () => {
		const text = Buffer.from(file.body).toString('utf8');
		expect(text).toContain('iTXtTitle');
		expect(text).toContain(chart.title.en);
		expect(text).toContain(chart.facts[0]!.sentence);
		expect(text).toContain(url(chart.id));
	});
});

describe('PNG rendering', () => {
	it('draws text with the bundled Noto Sans only, never the machine’s fonts', async () => {
		const probe = (family: string) =>
			svgToPng(
				`<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="4" y="28" font-size="20" font-family="${family}">Қазақ ұлттық 2025</text></svg>`
			);
		const noto = await probe('Noto Sans');
		// A font the machine may have is ignored: resvg falls back to the bundled one.
		expect((await probe('DejaVu Sans')).equals(noto)).toBe(true);
		expect((await probe('serif')).equals(noto)).toBe(true);
		const pixels = PNG.sync.read(noto).data;
		let ink = 0;
		for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 128) ink++;
		expect(ink).toBeGreaterThan(200);
	});
});

describe('download names', () => {
	it('say which chart, which figure and its bound', () => {
		expect(fileName(fixtureChart('bars-more-than'), 'svg', 'en')).toBe(
			'derek-bars-more-than-over-1.2bn-en.svg'
		);
		expect(fileName(fixtureChart('bars-at-least'), 'svg', 'en')).toBe(
			'derek-bars-at-least-atleast-450m-en.svg'
		);
		expect(fileName(fixtureChart('waffle-more-than'), 'png', 'kk')).toBe(
			'derek-waffle-more-than-over-35pct-kk.png'
		);
		expect(fileName(fixtureChart('units-more-than'), 'csv', 'ru')).toBe(
			'derek-units-more-than-over-25-ru.csv'
		);
		expect(fileName(fixtureChart('route-map-exact'), 'json', 'en')).toBe(
			'derek-route-map-exact-1200km-en.json'
		);
	});

	it('say which way a change went', () => {
		expect(fileName(fixtureChart('change-pp-fall'), 'png', 'en')).toBe(
			'derek-change-pp-fall-down-2pp-en.png'
		);
		expect(fileName(fixtureChart('change-upper'), 'svg', 'kk')).toBe(
			'derek-change-upper-up-upto-10pct-kk.svg'
		);
	});

	it('keep the first names, without the bound, where the first addresses answer', () => {
		expect(fileName(fixtureChart('bars-more-than'), 'svg', 'en', 'first')).toBe(
			'derek-bars-more-than-1.2bn-en.svg'
		);
		expect(fileName(fixtureChart('waffle-more-than'), 'png', 'kk', 'first')).toBe(
			'derek-waffle-more-than-35pct-kk.png'
		);
	});
});
