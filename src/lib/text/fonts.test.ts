// @vitest-environment node
// Every page serves Noto Sans as two woff2 files cut from the TTFs (src/lib/server/web-font.ts),
// declared in the <head> by webFontHead(). These tests cut the files as the build does and check
// that they cover every Kazakh letter and every character of the data, and that the browser
// draws the advances measureText() tables.
import { readdirSync, readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { webFont } from '$lib/server/web-font';
import { TTF_FILES } from './build-metrics.js';
import { measureUnits } from './measure';
import metrics from './noto-sans-metrics.json';
import { KAZAKH_ALPHABET, ROOT, openFont } from './test-utils';
import { WEB_FONT_WEIGHTS, webFontHead, webFontPath } from './web-font';

interface Face {
	weight: number;
	style: string;
	file: string;
	ranges: [number, number][];
	bytes: number;
	font: fontkit.Font;
}

const head = webFontHead();

/** The @font-face rules of the page head, with the files the build serves for them. */
async function parseFaces(css: string): Promise<Face[]> {
	const rules = Array.from(css.matchAll(/@font-face\s*{([^}]*)}/g), ([, body = '']) => body);
	return Promise.all(
		rules.map(async (body) => {
			const prop = (name: string) => {
				const value = new RegExp(`${name}:\\s*([^;}]*)`).exec(body)?.[1];
				if (value === undefined) throw new Error(`@font-face without ${name}: ${body}`);
				return value.trim();
			};
			expect(prop('font-family')).toBe("'Noto Sans'");
			expect(prop('font-display')).toBe('optional');
			const file = /^url\('([^']+)'\) format\('woff2'\)$/.exec(prop('src'))?.[1];
			if (file === undefined) throw new Error(`one woff2 url() expected: ${prop('src')}`);
			const weight = WEB_FONT_WEIGHTS.find((w) => webFontPath(w) === file);
			if (!weight) throw new Error(`${file} is not a file the site serves`);
			const ranges = prop('unicode-range')
				.split(',')
				.map((r): [number, number] => {
					const [a = '', b = a] = r.trim().replace(/^U\+/, '').split('-');
					return [parseInt(a, 16), parseInt(b, 16)];
				});
			const bytes = await webFont(weight);
			const font = fontkit.create(Buffer.from(bytes));
			if ('fonts' in font) throw new Error(`${file} is a collection`);
			return {
				weight: Number(prop('font-weight')),
				style: prop('font-style'),
				file,
				ranges,
				bytes: bytes.byteLength,
				font
			};
		})
	);
}

const faces = await parseFaces(head);
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

describe('the web font', () => {
	it('declares Noto Sans 400 and 700, upright, each one preloaded woff2 file', () => {
		expect(faces.map((f) => `${f.weight} ${f.style} ${f.file}`)).toEqual([
			'400 normal /fonts/noto-sans-400.woff2',
			'700 normal /fonts/noto-sans-700.woff2'
		]);
		for (const face of faces) {
			expect(head).toContain(
				`<link rel="preload" href="${face.file}" as="font" type="font/woff2" crossorigin>`
			);
		}
	});

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
