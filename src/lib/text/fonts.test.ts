// @vitest-environment node
// src/lib/fonts.css serves the woff2 subsets of @fontsource/noto-sans. These tests check that
// the faces it declares cover every Kazakh letter and that the browser draws the advances
// measureText() tables (the same font version as the TTFs).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { TTF_FILES } from './build-metrics.js';
import { measureUnits } from './measure';
import metrics from './noto-sans-metrics.json';
import { KAZAKH_ALPHABET, ROOT, openFont } from './test-utils';

interface Face {
	weight: number;
	style: string;
	file: string;
	ranges: [number, number][];
	font: Font;
}

/** The @font-face rules of fonts.css, with their woff2 files opened. */
function parseFaces(css: string): Face[] {
	return Array.from(css.matchAll(/@font-face\s*{([^}]*)}/g), ([, body = '']) => {
		const prop = (name: string) => {
			const value = new RegExp(`${name}:\\s*([^;]*);`).exec(body)?.[1];
			if (value === undefined) throw new Error(`@font-face without ${name}: ${body}`);
			return value.trim();
		};
		expect(prop('font-family')).toBe("'Noto Sans'");
		expect(prop('font-display')).toBe('swap');
		const url = /^url\('([^']+)'\) format\('woff2'\)$/.exec(prop('src'))?.[1];
		if (url === undefined) throw new Error(`one woff2 url() expected: ${prop('src')}`);
		expect(url, 'served from the package, never another origin').toMatch(
			/^@fontsource\/noto-sans\//
		);
		const file = 'node_modules/' + url;
		expect(existsSync(ROOT + file), file).toBe(true);
		const ranges = prop('unicode-range')
			.split(',')
			.map((r): [number, number] => {
				const [a = '', b = a] = r.trim().replace(/^U\+/, '').split('-');
				return [parseInt(a, 16), parseInt(b, 16)];
			});
		return {
			weight: Number(prop('font-weight')),
			style: prop('font-style'),
			file,
			ranges,
			font: openFont(file)
		};
	});
}

const faces = parseFaces(readFileSync(ROOT + 'src/lib/fonts.css', 'utf8'));
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
	for (const file of readdirSync(ROOT + 'data')) {
		for (const ch of readFileSync(ROOT + 'data/' + file, 'utf8')) chars.add(ch);
	}
	for (const ch of '\n\r\t') chars.delete(ch);
	return chars;
}

describe('fonts.css', () => {
	it('declares Noto Sans 400 and 700, upright, in latin, latin-ext, cyrillic and cyrillic-ext', () => {
		expect(
			faces.map((f) => `${f.weight} ${f.style} ${f.file.replace(/.*noto-sans-/, '')}`)
		).toEqual(
			[400, 700].flatMap((w) =>
				['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'].map(
					(s) => `${w} normal ${s}-${w}-normal.woff2`
				)
			)
		);
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
			// The subsets leave out rarer punctuation (‐ U+2010, narrow NBSP U+202F, ‰), most
			// combining marks and letterlike symbols: a browser draws those with a fallback font.
			console.info(`weight ${weight}: tabled but not served: ${spans(notServed).join(' ')}`);
		}
	);
});
