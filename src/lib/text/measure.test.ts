// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { TTF_FILES } from './build-metrics.js';
import {
	FONT_FAMILY,
	NATURAL_LEADING,
	ascentPx,
	baselineOffsetPx,
	descentPx,
	measureText,
	measureUnits
} from './measure';
import { articleParagraphs, factSentences, openFont } from './test-utils';

const fonts = { 400: openFont(TTF_FILES[400]), 700: openFont(TTF_FILES[700]) } as const;
const SIZE = 14;

/** Width fontkit lays out (with kerning, ligatures and the font's other default features). */
function layoutWidth(text: string, weight: 400 | 700, size: number): number {
	const font = fonts[weight];
	return (font.layout(text).advanceWidth * size) / font.unitsPerEm;
}

describe('measureText', () => {
	const { kk, en } = factSentences();
	const strings = [...kk, ...en, ...articleParagraphs()];

	it.each([400, 700] as const)(
		'is within 2 percent of fontkit layout for real sentences (weight %i)',
		(weight) => {
			let worst = { error: 0, text: '' };
			let [low, high] = [Infinity, -Infinity];
			for (const text of strings) {
				const ours = measureText(text, { size: SIZE, weight });
				const theirs = layoutWidth(text, weight, SIZE);
				const error = (ours - theirs) / theirs;
				[low, high] = [Math.min(low, error), Math.max(high, error)];
				if (Math.abs(error) > Math.abs(worst.error)) worst = { error, text };
				expect(Math.abs(error), text).toBeLessThan(0.02);
			}
			const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
			console.info(
				`weight ${weight}, ${strings.length} strings: ours − fontkit from ${pct(low)} to ${pct(high)}; worst on ${JSON.stringify(worst.text.slice(0, 30))}…`
			);
		}
	);

	it('matches each glyph advance exactly (no kerning) for Kazakh text', () => {
		const text = 'Қазақстан мен Жапония арасындағы ынтымақтастық: ӘәҒғҚқҢңӨөҰұҮүҺһІі';
		for (const weight of [400, 700] as const) {
			const font = fonts[weight];
			const sum = [...text].reduce(
				(s, ch) => s + font.glyphForCodePoint(ch.codePointAt(0) ?? 0).advanceWidth,
				0
			);
			expect(measureUnits(text, weight)).toBe(sum);
		}
	});

	it('scales with size and adds up', () => {
		const a = 'Жапония';
		const b = ' 2\u00a0млрд';
		expect(measureText(a, { size: 28 })).toBeCloseTo(2 * measureText(a, { size: 14 }), 10);
		expect(measureUnits(a + b)).toBe(measureUnits(a) + measureUnits(b));
		expect(measureText('', { size: 14 })).toBe(0);
		expect(measureText('n', { size: 10, weight: 700 })).toBeGreaterThan(
			measureText('n', { size: 10 })
		);
	});

	it('measures no-break spaces with their own widths and invisible characters as 0', () => {
		expect(measureUnits('\u00a0')).toBe(measureUnits(' '));
		expect(measureUnits('\u202f')).toBeLessThan(measureUnits(' '));
		expect(measureUnits('a\u00ad\u200b\ufeffb')).toBe(measureUnits('ab'));
		expect(measureUnits('a\nb')).toBe(measureUnits('a b'));
	});

	it('counts characters Noto Sans lacks as 1 em', () => {
		// ≥ ≤ → are not in Noto Sans: another font draws them.
		expect(measureText('≥', { size: 10 })).toBe(10);
		expect(measureText('😀', { size: 10 })).toBe(10);
	});
});

describe('vertical metrics', () => {
	it('come from the font', () => {
		expect(ascentPx(1000)).toBeCloseTo(fonts[400].ascent, 10);
		expect(descentPx(1000)).toBeCloseTo(-fonts[400].descent, 10);
		expect(NATURAL_LEADING).toBeCloseTo(1.362, 10);
		// With the natural line height the baseline sits at the ascent.
		expect(baselineOffsetPx(10)).toBeCloseTo(ascentPx(10), 10);
		expect(baselineOffsetPx(10, 20)).toBeCloseTo((20 - 13.62) / 2 + 10.69, 10);
	});
});

describe('FONT_FAMILY', () => {
	it('names Noto Sans first and ends with the generic family', () => {
		expect(FONT_FAMILY.startsWith("'Noto Sans',")).toBe(true);
		expect(FONT_FAMILY.endsWith(', sans-serif')).toBe(true);
		// Usable inside a double-quoted SVG attribute.
		expect(FONT_FAMILY).not.toMatch(/["<>&]/);
	});
});
