// Text width from the advance widths of the Noto Sans we serve, so the server (prerender, SVG
// export) and the browser get the same number without a canvas or a DOM; and of DejaVu Sans, the
// widest fallback, which lines are wrapped to fit as well.
import type { NotoMetrics } from './build-metrics.js';
import dejavuJson from './dejavu-sans-metrics.json';
import metricsJson from './noto-sans-metrics.json';

export type FontWeight = 400 | 700;

export interface FontOptions {
	/** Font size in px (the SVG `font-size`). */
	size: number;
	/** 400 (regular, the default) or 700 (bold): the two weights we serve and table. */
	weight?: FontWeight;
}

/**
 * The `font-family` for SVG presentation attributes and CSS. Noto Sans first (the reader's own,
 * where installed: pages load no web font; the PNG renderer loads the bundled TTFs). The
 * fallbacks cover every Kazakh letter and are no wider than Noto Sans, so text wrapped for Noto
 * does not overflow if it is missing (and every chart text keeps its measured `textLength`):
 * Segoe UI (Windows), PT Sans (macOS, made for Cyrillic minority languages), Liberation Sans
 * (Linux, Arial's metrics). Arial comes late because older versions lack some Kazakh letters
 * and a browser would then mix fonts inside a word; DejaVu Sans covers everything but is wider
 * (8–15%), so lines are wrapped to fit it too (wrapLines): librsvg and Inkscape ignore
 * `textLength` and draw a line in whatever font they found, at its own width.
 */
export const FONT_FAMILY =
	"'Noto Sans', 'Segoe UI', 'PT Sans', 'Liberation Sans', Arial, 'DejaVu Sans', sans-serif";

const METRICS = metricsJson as NotoMetrics;

/** Vertical metrics of Noto Sans in font units (ascent positive, descent negative). */
export const FONT_METRICS = {
	unitsPerEm: METRICS.unitsPerEm,
	ascent: METRICS.ascent,
	descent: METRICS.descent,
	lineGap: METRICS.lineGap
} as const;

/** The font's own line height as a multiple of the size (CSS `line-height: normal`): 1.362. */
export const NATURAL_LEADING =
	(METRICS.ascent - METRICS.descent + METRICS.lineGap) / METRICS.unitsPerEm;

/** Distance in px from the baseline up to the font's ascender line. */
export function ascentPx(size: number): number {
	return (METRICS.ascent / METRICS.unitsPerEm) * size;
}

/** Distance in px from the baseline down to the font's descender line (positive). */
export function descentPx(size: number): number {
	return (-METRICS.descent / METRICS.unitsPerEm) * size;
}

/** Baseline-to-baseline distance in px; `leading` defaults to the font's natural 1.362. */
export function lineHeightPx(size: number, leading: number = NATURAL_LEADING): number {
	return leading * size;
}

/**
 * Distance in px from the top of a line box of height `lineHeight` to the baseline, centring
 * ascent + descent in the box as CSS does. Put a first line's baseline at `top + this`.
 */
export function baselineOffsetPx(size: number, lineHeight: number = lineHeightPx(size)): number {
	const content = ascentPx(size) + descentPx(size);
	return (lineHeight - content) / 2 + ascentPx(size);
}

/** Advances indexed by code point; -1 where the font has no glyph. */
function buildTable(metrics: NotoMetrics, weight: FontWeight): Int16Array {
	const ranges = Object.entries(metrics.weights[weight].ranges).map(
		([key, advances]) => [parseInt(key.slice(2), 16), advances] as const
	);
	const end = Math.max(...ranges.map(([start, advances]) => start + advances.length));
	const table = new Int16Array(end).fill(-1);
	for (const [start, advances] of ranges) table.set(advances, start);
	return table;
}

/** A font's advance tables, ready to measure with. */
interface Face {
	unitsPerEm: number;
	fallbackAdvance: number;
	tables: Record<FontWeight, Int16Array>;
}

function face(metrics: NotoMetrics): Face {
	return {
		unitsPerEm: metrics.unitsPerEm,
		fallbackAdvance: metrics.fallbackAdvance,
		tables: { 400: buildTable(metrics, 400), 700: buildTable(metrics, 700) }
	};
}

/**
 * The fonts a wrapped line must fit in: Noto Sans, the one named first, whose width every line
 * keeps as its `textLength`; and DejaVu Sans, the widest fallback named (and on many Linux
 * machines the only one installed), which programs that ignore `textLength` draw at its own width.
 */
export type FaceName = 'noto' | 'dejavu';
const FACES: Record<FaceName, Face> = {
	noto: face(METRICS),
	dejavu: face(dejavuJson as NotoMetrics)
};
const SPACE = 0x20;

/** Advance of one code point in font units. Tab and line breaks count as a space (SVG collapses them). */
function advance(f: Face, table: Int16Array, cp: number): number {
	if (cp === 0x09 || cp === 0x0a || cp === 0x0d) cp = SPACE;
	const a = cp < table.length ? (table[cp] ?? -1) : -1;
	return a >= 0 ? a : f.fallbackAdvance;
}

/**
 * Width of `text` in font units (integers, so widths of parts add up exactly). Sum of advance
 * widths, no kerning; code points Noto Sans lacks count 1 em.
 */
export function measureUnits(text: string, weight: FontWeight = 400): number {
	return measureUnitsIn('noto', text, weight);
}

/** measureUnits() in one of the tabled fonts, in that font's units (see unitsToPxIn). */
export function measureUnitsIn(name: FaceName, text: string, weight: FontWeight = 400): number {
	const f = FACES[name];
	const table = f.tables[weight];
	let units = 0;
	for (let i = 0; i < text.length; i++) {
		let cp = text.charCodeAt(i);
		if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
			const low = text.charCodeAt(i + 1);
			if (low >= 0xdc00 && low <= 0xdfff) {
				cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
				i++;
			}
		}
		units += advance(f, table, cp);
	}
	return units;
}

/** Converts a width in one tabled font's units to px at `size`. */
export function unitsToPxIn(name: FaceName, units: number, size: number): number {
	return (units * size) / FACES[name].unitsPerEm;
}

/** Converts a width in font units to px at `size`. */
export function unitsToPx(units: number, size: number): number {
	return unitsToPxIn('noto', units, size);
}

/**
 * Width in px of `text` drawn in Noto Sans at `size` px. Pure; the same on server and browser.
 * Sum of advances without kerning. Against fontkit's layout (kerning on, as browsers draw):
 * −0.12% to +0.48% on the article's sentences; short kerned words come out up to a few percent
 * wider ("Тоқаев" +1.5%, "AVA" +4.5%), so fitted text rarely overflows and then by < 0.2%.
 */
export function measureText(text: string, opts: FontOptions): number {
	return unitsToPx(measureUnits(text, opts.weight ?? 400), opts.size);
}

/**
 * Width in px of `text` at `size` in the wider of Noto Sans and DejaVu Sans: the width a line
 * must fit in to stay inside its box whichever of them draws it (wrapLines fits lines to this).
 */
export function measureWidest(text: string, opts: FontOptions): number {
	const weight = opts.weight ?? 400;
	return Math.max(
		unitsToPxIn('noto', measureUnitsIn('noto', text, weight), opts.size),
		unitsToPxIn('dejavu', measureUnitsIn('dejavu', text, weight), opts.size)
	);
}
