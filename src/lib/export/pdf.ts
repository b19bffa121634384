import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { describeChart } from '$lib/charts/describe';
import type { ArticleMeta, Chart, Lang } from '$lib/data/types';
import { sourceLine } from '$lib/embed/snippets';
import { groupBySentence } from '$lib/sources';
import { ascentPx, descentPx } from '$lib/text/measure';
import { TTF_FILES } from '$lib/text/build-metrics.js';
import { drawFigure, type DrawnFigure } from './svg';

/** CSS px to PDF points: the figure prints at the size a browser shows it (96 px to the inch). */
const PT_PER_PX = 0.75;

/**
 * The bundled TTFs, parsed once for every document. fontkit caches each glyph with the
 * characters it was first looked up for; a glyph first met as a part of another one (when PDFKit
 * subsets) would be cached with none, and a later document would leave its letter out of the
 * text ("The" read back as "he"). So every glyph the character map reaches is looked up by its
 * character first, except the ligatures (ﬁ, ﬂ): those must stay known by the letters they join,
 * or "money-figures" in a URL would copy out as "money-ﬁgures".
 */
let fonts: { regular: fontkit.Font; bold: fontkit.Font } | undefined;
function loadFonts() {
	if (fonts) return fonts;
	const open = (file: string) => {
		const font = fontkit.create(readFileSync(file)) as fontkit.Font;
		for (const cp of font.characterSet) if (cp < 0xfb00 || cp > 0xfb4f) font.glyphForCodePoint(cp);
		return withSharedLayout(font);
	};
	return (fonts = { regular: open(TTF_FILES[400]), bold: open(TTF_FILES[700]) });
}

/**
 * The font with its text shaping remembered across documents. PDFKit remembers each word's shaped
 * glyphs only within one document, and shaping (fontkit's GSUB and GPOS) was a third of a PDF's
 * time, though the three languages of a chart share its sentence and most labels. PDFKit scales
 * a run's positions in place to 1000 units per em, so every caller gets its own copy of the
 * positions (Noto Sans has 1000, which makes the scale 1 today, but another font would have its
 * runs scaled again at every reuse); glyphs are fontkit's own cached objects, shared as fontkit
 * shares them.
 */
function withSharedLayout(font: fontkit.Font): fontkit.Font {
	const runs = new Map<string, fontkit.GlyphRun>();
	const copy = (run: fontkit.GlyphRun): fontkit.GlyphRun =>
		Object.assign(Object.create(Object.getPrototypeOf(run) as object) as fontkit.GlyphRun, run, {
			glyphs: [...run.glyphs],
			positions: run.positions.map((p) =>
				Object.assign(Object.create(Object.getPrototypeOf(p) as object) as object, p)
			)
		});
	const shared = Object.create(font) as fontkit.Font;
	shared.layout = (text: string, features?: unknown) => {
		if (features !== undefined) return font.layout(text, features as string[]);
		let run = runs.get(text);
		if (!run) runs.set(text, (run = font.layout(text)));
		return copy(run);
	};
	return shared;
}

/**
 * The chart as a one-page PDF the figure's size, drawn from the same SVG as the SVG file: vector
 * shapes, real text in subsets of the bundled Noto Sans, the title and the source line as
 * metadata, the permanent URL as a link on the figure's URL line, tagged (one figure with its
 * description, and the link). Dated with the article's date, so two builds give the same bytes.
 * `figure` is the figure already drawn for the SVG file, when there is one.
 */
export function exportPdf(
	chart: Chart,
	article: ArticleMeta,
	url: string,
	lang: Lang,
	{ layout, svg }: DrawnFigure = drawFigure(chart, article, url, lang)
): Uint8Array<ArrayBuffer> {
	const { regular, bold } = loadFonts();
	const date = new Date(`${article.date}T00:00:00Z`);
	const sentences = groupBySentence(chart.facts).map((g) => g.sentence);

	const doc = new PDFDocument({
		size: [layout.width * PT_PER_PX, layout.height * PT_PER_PX],
		margin: 0,
		pdfVersion: '1.7',
		tagged: true,
		lang,
		displayTitle: true,
		compress: true,
		info: {
			Title: chart.title[lang],
			Subject: sourceLine(article, lang),
			Keywords: url,
			Author: 'derek',
			Creator: 'derek',
			Producer: 'derek (PDFKit)',
			CreationDate: date,
			ModDate: date
		}
	});
	// PDFKit takes a parsed font as its documentation's types do not say.
	doc.registerFont('regular', regular as unknown as Buffer);
	doc.registerFont('bold', bold as unknown as Buffer);

	const root = doc.struct('Document');
	doc.addStructure(root);
	const alt = `${describeChart(chart, lang)} ${sentences.join(' ')}`;
	const figure = doc.struct('Figure', { alt }, () => {
		SVGtoPDF(doc, svg, 0, 0, {
			width: layout.width * PT_PER_PX,
			height: layout.height * PT_PER_PX,
			assumePt: false,
			fontCallback: (_family, isBold) => (isBold ? 'bold' : 'regular'),
			warningCallback: (message) => {
				throw new Error(`PDF of ${chart.id} (${lang}): ${message}`);
			}
		});
	});
	root.add(figure);
	figure.end();

	// The URL line is the figure's last text: a link over the whole line.
	const line = layout.texts.at(-1);
	if (!line) throw new Error(`PDF of ${chart.id}: the figure has no URL line`);
	const top = line.y - ascentPx(line.size);
	const link = doc.struct('Link');
	root.add(link);
	doc.link(
		line.x * PT_PER_PX,
		top * PT_PER_PX,
		(line.lines[0]?.width ?? 0) * PT_PER_PX,
		(ascentPx(line.size) + descentPx(line.size)) * PT_PER_PX,
		url,
		{ structParent: link } as object
	);
	link.end();
	root.end();

	doc.end();
	// PDFKit pushes the whole file into the stream's buffer by end(): read it without waiting.
	const chunks: Buffer[] = [];
	for (let chunk: Buffer | null; (chunk = doc.read() as Buffer | null) !== null;)
		chunks.push(chunk);
	return new Uint8Array(Buffer.concat(chunks));
}
