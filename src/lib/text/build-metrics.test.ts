// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	buildMetrics,
	DEJAVU_METRICS_FILE,
	DEJAVU_TTF_FILES,
	METRICS_FILE,
	TTF_FILES
} from './build-metrics.js';
import { KAZAKH_ALPHABET, KAZAKH_LETTERS, ROOT, openFont } from './test-utils';

const fonts = { 400: openFont(TTF_FILES[400]), 700: openFont(TTF_FILES[700]) } as const;

describe('noto-sans-metrics.json', () => {
	it('is what `node scripts/font-metrics.js` builds from the TTFs', () => {
		const committed: unknown = JSON.parse(readFileSync(ROOT + METRICS_FILE, 'utf8'));
		expect(committed).toEqual(buildMetrics(fonts));
	});

	it('tables every Kazakh letter in both weights', () => {
		const metrics = buildMetrics(fonts);
		for (const weight of [400, 700] as const) {
			const tabled = new Set<number>();
			for (const [key, advances] of Object.entries(metrics.weights[weight].ranges)) {
				const start = parseInt(key.slice(2), 16);
				advances.forEach((_, i) => tabled.add(start + i));
			}
			for (const ch of KAZAKH_ALPHABET) expect(tabled.has(ch.codePointAt(0) ?? -1), ch).toBe(true);
		}
	});
});

describe('dejavu-sans-metrics.json', () => {
	// The machine's DejaVu Sans (fonts-dejavu-core, which scripts/ensure-tools.sh installs).
	const dejavu = { 400: openFont(DEJAVU_TTF_FILES[400]), 700: openFont(DEJAVU_TTF_FILES[700]) };

	it('is what `node scripts/font-metrics.js` builds from the TTFs', () => {
		const committed: unknown = JSON.parse(readFileSync(ROOT + DEJAVU_METRICS_FILE, 'utf8'));
		expect(committed).toEqual(buildMetrics(dejavu));
	});

	it('is wider than Noto Sans on the Kazakh alphabet, the reason lines are fitted to it too', () => {
		for (const weight of [400, 700] as const) {
			const width = (f: (typeof dejavu)[400]) =>
				f.layout(KAZAKH_ALPHABET).advanceWidth / f.unitsPerEm;
			expect(width(dejavu[weight])).toBeGreaterThan(width(fonts[weight]) * 1.05);
		}
	});
});

describe('Noto Sans TTFs', () => {
	it.each([400, 700] as const)('weight %i has a glyph for every Kazakh letter', (weight) => {
		for (const ch of KAZAKH_ALPHABET + KAZAKH_LETTERS) {
			const glyph = fonts[weight].glyphForCodePoint(ch.codePointAt(0) ?? 0);
			expect(glyph.id, ch).toBeGreaterThan(0);
			expect(glyph.advanceWidth, ch).toBeGreaterThan(0);
		}
	});
});
