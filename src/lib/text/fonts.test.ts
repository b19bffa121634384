// @vitest-environment node
// The site serves Noto Sans as two woff2 files cut from the TTFs (src/lib/server/web-font.ts) at
// /fonts/. Pages no longer load them (they draw in the reader's fonts, so that the first paint
// waits for nothing), but the addresses keep answering. These tests cut the files as the build
// does and check that they cover every Kazakh letter and every character of the data, and that
// they draw the advances measureText() tables.
import { readdirSync, readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { webFont } from '$lib/server/web-font';
import { TTF_FILES } from './build-metrics.js';
import { LANGS } from '$lib/data/types';
import { BOUNDS, UNITS } from '$lib/data/schema/vocabulary';
import { formatFigure, formatMarkLabel } from '$lib/format';
import { measureUnits } from './measure';
import metrics from './noto-sans-metrics.json';
import { KAZAKH_ALPHABET, ROOT, openFont } from './test-utils';
import { WEB_FONT_RANGES, WEB_FONT_WEIGHTS, webFontPath } from './web-font';

interface Face {
	weight: number;
	style: string;
	file: string;
	ranges: [number, number][];
	bytes: number;
	font: fontkit.Font;
}

/** The files the site serves, with the ranges they are cut to. */
async function servedFaces(): Promise<Face[]> {
	return Promise.all(
		WEB_FONT_WEIGHTS.map(async (weight) => {
			const bytes = await webFont(weight);
			const font = fontkit.create(Buffer.from(bytes));
			if ('fonts' in font) throw new Error(`${webFontPath(weight)} is a collection`);
			return {
				weight,
				style: 'normal',
				file: webFontPath(weight),
				ranges: WEB_FONT_RANGES.map(([a, b]): [number, number] => [a, b]),
				bytes: bytes.byteLength,
				font
			};
		})
	);
}

const faces = await servedFaces();
const ttf = { 400: openFont(TTF_FILES[400]), 700: openFont(TTF_FILES[700]) } as const;

/** The face a browser draws `cp` with: the last declared face whose range has it and whose file has a glyph. */
function servedGlyph(cp: number, weight: 400 | 700) {
	const candidates = faces.filter(
		(f) => f.weight === weight && f.ranges.some(([a, b]) => cp >= a && cp <= b)
	);
	for (const face of candidates.reverse()) {
		if (face.font.hasGlyphForCodePoint(cp)) return { face, glyph: face.font.glyphForCodePoint(cp) };
	}
	return undefined;
}

function tabled(weight: 400 | 700): number[] {
	return Object.entries(metrics.weights[weight].ranges).flatMap(([key, advances]) => {
		const start = parseInt(key.slice(2), 16);
		return advances.map((_, i) => start + i);
	});
}

const hex = (cp: number) => 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');

/** ["U+0300", "U+0301", "U+0302", "U+0305"] → ["U+0300-0302", "U+0305"]. */
function spans(cps: string[]): string[] {
	const out: [number, number][] = [];
	for (const cp of cps.map((c) => parseInt(c.slice(2), 16))) {
		const last = out.at(-1);
		if (last && last[1] === cp - 1) last[1] = cp;
		else out.push([cp, cp]);
	}
	return out.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b).slice(2)}`));
}

/** Every character in the data files: what the charts, quotes and translations can print. */
function dataCharacters(): Set<string> {
	const chars = new Set<string>();
	for (const file of readdirSync(ROOT + 'data', { recursive: true, encoding: 'utf8' })) {
		if (!/\.(json|txt)$/.test(file)) continue;
		for (const ch of readFileSync(ROOT + 'data/' + file, 'utf8')) chars.add(ch);
	}
	for (const ch of '\n\r\t') chars.delete(ch);
	return chars;
}

describe('the web font', () => {
	it('is small: each file under 30 KB', () => {
		for (const face of faces) {
			expect(face.bytes, face.file).toBeLessThan(30_000);
		}
	});

	it.each([400, 700] as const)('serves a glyph for every Kazakh letter (weight %i)', (weight) => {
		for (const ch of KAZAKH_ALPHABET) {
			const served = servedGlyph(ch.codePointAt(0) ?? 0, weight);
			expect(served, `${ch} ${hex(ch.codePointAt(0) ?? 0)}`).toBeDefined();
		}
	});

	it.each([400, 700] as const)(
		'serves and tables every character of the data files and the usual typography (weight %i)',
		(weight) => {
			const table = new Set(tabled(weight));
			const usual = '0123456789 \u00a0–—‘’“”«»…€$₸%№−×';
			for (const ch of [...dataCharacters(), ...usual]) {
				const cp = ch.codePointAt(0) ?? 0;
				expect(servedGlyph(cp, weight), `${ch} ${hex(cp)} served`).toBeDefined();
				expect(table.has(cp), `${ch} ${hex(cp)} tabled`).toBe(true);
			}
		}
	);

	it.each([400, 700] as const)(
		'serves, tables and has in the TTF every character a figure of any unit and bound is worded with (weight %i)',
		(weight) => {
			const table = new Set(tabled(weight));
			const chars = new Set<string>();
			for (const unit of UNITS)
				for (const bound of BOUNDS)
					for (const lang of LANGS) {
						const fact = { value: 5e9, unit, bound, ...(bound === 'range' ? { max: 7e9 } : {}) };
						for (const ch of formatFigure(fact, lang) + formatMarkLabel(fact, lang)) chars.add(ch);
						const wide = { ...fact, value: 5e8 };
						for (const ch of formatMarkLabel(wide, lang)) chars.add(ch);
					}
			// The approximate sign and the range's en dash among them.
			expect(chars.has('~') && chars.has('–')).toBe(true);
			for (const ch of chars) {
				const cp = ch.codePointAt(0) ?? 0;
				expect(servedGlyph(cp, weight), `${ch} ${hex(cp)} served`).toBeDefined();
				expect(table.has(cp), `${ch} ${hex(cp)} tabled`).toBe(true);
				expect(ttf[weight].hasGlyphForCodePoint(cp), `${ch} ${hex(cp)} in the TTF`).toBe(true);
			}
		}
	);

	it('keeps the ascent and descent of the TTFs', () => {
		for (const face of faces) {
			expect([face.font.unitsPerEm, face.font.ascent, face.font.descent]).toEqual([
				metrics.unitsPerEm,
				metrics.ascent,
				metrics.descent
			]);
		}
	});

	it.each([400, 700] as const)(
		'draws every served character with the advance measureText uses (weight %i)',
		(weight) => {
			const notServed: string[] = [];
			for (const cp of tabled(weight)) {
				const served = servedGlyph(cp, weight);
				const expected = measureUnits(String.fromCodePoint(cp), weight);
				if (!served) {
					notServed.push(hex(cp));
					continue;
				}
				if (expected === 0) continue; // invisible characters (soft hyphen, ZWSP) are not drawn
				expect(served.glyph.advanceWidth, `${hex(cp)} in ${served.face.file}`).toBe(expected);
				expect(ttf[weight].glyphForCodePoint(cp).advanceWidth).toBe(expected);
			}
			// The files leave out Latin Extended, most combining marks, the Cyrillic letters of other
			// languages and most symbols: a browser draws those with a fallback font.
			console.info(`weight ${weight}: tabled but not served: ${spans(notServed).join(' ')}`);
		}
	);
});
