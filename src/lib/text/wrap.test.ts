// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { measureText, measureWidest } from './measure';
import { factSentences } from './test-utils';
import { layoutText, normalizeWhitespace, wrapLines, wrapText, type WrappedLine } from './wrap';

const SIZE = 14;
const { kk, en } = factSentences();
const WIDTHS = Array.from({ length: 13 }, (_, i) => 200 + 50 * i);

const join = (lines: WrappedLine[]) =>
	lines.map((l, i) => l.text + (i < lines.length - 1 ? l.joiner : '')).join('');

describe('wrapText on the facts sentences', () => {
	for (const weight of [400, 700] as const) {
		for (const [lang, sentences] of [
			['kk', kk],
			['en', en]
		] as const) {
			it(`fits, round-trips and is greedy (${lang}, weight ${weight}, widths 200–800)`, () => {
				expect(sentences.length).toBeGreaterThan(0);
				for (const sentence of sentences) {
					for (const maxWidth of WIDTHS) {
						const opts = { maxWidth, size: SIZE, weight };
						const lines = wrapLines(sentence, opts);
						const where = `${maxWidth}px: ${sentence}`;
						expect(lines.length, where).toBeGreaterThan(0);
						lines.forEach((line, i) => {
							expect(measureWidest(line.text, opts), where).toBeLessThanOrEqual(maxWidth);
							expect(line.width).toBe(measureText(line.text, opts));
							expect(line.text, where).toBe(line.text.trim());
							expect(line.text).not.toBe('');
							// Greedy: the next line's first word did not fit on this one.
							const next = lines[i + 1];
							if (next && line.joiner === ' ') {
								const firstWord = next.text.split(' ')[0] ?? '';
								expect(measureWidest(`${line.text} ${firstWord}`, opts), where).toBeGreaterThan(
									maxWidth
								);
							}
						});
						expect(join(lines), where).toBe(normalizeWhitespace(sentence));
						// Sentences made of ordinary words only break at spaces.
						if (!/[-–—/]/.test(sentence)) {
							expect(wrapText(sentence, opts).join(' '), where).toBe(normalizeWhitespace(sentence));
						}
					}
				}
			});
		}
	}

	it('gives one line when the sentence fits', () => {
		const sentence = kk[0] ?? '';
		expect(wrapText(sentence, { maxWidth: Infinity, size: SIZE })).toEqual([sentence]);
	});
});

describe('wrapText', () => {
	it('returns no lines for empty or blank text', () => {
		expect(wrapText('', { maxWidth: 100, size: SIZE })).toEqual([]);
		expect(wrapText(' \n\t ', { maxWidth: 100, size: SIZE })).toEqual([]);
		expect(layoutText('', { maxWidth: 100, size: SIZE })).toMatchObject({ width: 0, height: 0 });
	});

	it('normalizes whitespace but keeps NBSP', () => {
		expect(normalizeWhitespace('  екі\n ел \t арасындағы\u00a0 ')).toBe('екі ел арасындағы\u00a0');
		expect(wrapText('екі\n\nел', { maxWidth: 1000, size: SIZE })).toEqual(['екі ел']);
	});

	it('breaks an over-long word between characters, and only that word', () => {
		const word = 'Қазақстандағы'.repeat(4);
		const opts = { maxWidth: 60, size: SIZE };
		const lines = wrapLines(`ел ${word} ел`, opts);
		for (const line of lines) expect(measureText(line.text, opts)).toBeLessThanOrEqual(60);
		expect(lines[0]?.text).toBe('ел');
		expect(lines.at(-1)?.text.endsWith(' ел') || lines.at(-1)?.text === 'ел').toBe(true);
		expect(join(lines)).toBe(`ел ${word} ел`);
		expect(lines.slice(1, -2).every((l) => l.joiner === '')).toBe(true);
	});

	it('keeps a letter and its combining accent together', () => {
		const word = 'а\u0301'.repeat(10);
		const lines = wrapText(word, { maxWidth: 20, size: SIZE });
		expect(lines.length).toBeGreaterThan(1);
		for (const line of lines) expect(line.startsWith('\u0301')).toBe(false);
		expect(lines.join('')).toBe(word);
	});

	it('may break after an en dash or slash, and not elsewhere inside a word', () => {
		const opts = { size: SIZE };
		const w = (s: string) => measureWidest(s, opts);
		const noto = (s: string) => measureText(s, opts);
		expect(wrapLines('Қазақстан–Жапония', { ...opts, maxWidth: w('Қазақстан–') + 1 })).toEqual([
			{ text: 'Қазақстан–', width: noto('Қазақстан–'), joiner: '' },
			{ text: 'Жапония', width: noto('Жапония'), joiner: '' }
		]);
		expect(wrapText('2023–2024', { ...opts, maxWidth: w('2023–') })).toEqual(['2023–', '2024']);
		expect(wrapText('km/h', { ...opts, maxWidth: w('km/') })).toEqual(['km/', 'h']);
		// Not after a leading minus, nor before a no-break space.
		expect(wrapText('-5 a\u00a0– b', { ...opts, maxWidth: w('a\u00a0–') })).toEqual([
			'-5',
			'a\u00a0–',
			'b'
		]);
	});

	it('keeps a hyphenated word on one line, since PDF readers join a line ending in a hyphen', () => {
		const opts = { size: SIZE };
		const maxWidth = measureWidest('so the bar is open-', opts) + 2;
		expect(wrapText('so the bar is open-ended: the total', { ...opts, maxWidth })).toEqual([
			'so the bar is',
			'open-ended: the',
			'total'
		]);
	});

	it('never breaks at a no-break space when the phrase fits on a line', () => {
		const opts = { size: SIZE };
		const text = 'сауда 2\u00a0млрд долларға';
		const maxWidth = measureWidest('долларға', opts);
		// "сауда 2" would fit: only the NBSP keeps "2" on the next line.
		expect(measureWidest('сауда 2', opts)).toBeLessThan(maxWidth);
		expect(wrapText(text, { ...opts, maxWidth })).toEqual(['сауда', '2\u00a0млрд', 'долларға']);
	});

	it('ends the last kept line with an ellipsis that fits when maxLines cuts the text', () => {
		for (const sentence of [...kk, ...en]) {
			for (const maxWidth of [120, 200, 333]) {
				const opts = { maxWidth, size: SIZE, maxLines: 2 };
				const all = wrapText(sentence, { maxWidth, size: SIZE });
				const lines = wrapText(sentence, opts);
				expect(lines.length).toBe(Math.min(2, all.length));
				if (all.length <= 2) {
					expect(lines).toEqual(all);
					continue;
				}
				expect(lines[0]).toBe(all[0]);
				const last = lines[1] ?? '';
				expect(last.endsWith('…')).toBe(true);
				expect(last).not.toMatch(/[\s,;:]…$/);
				expect(measureWidest(last, opts)).toBeLessThanOrEqual(maxWidth);
				expect((all[1] ?? '').startsWith(last.slice(0, -1))).toBe(true);
			}
		}
	});

	it('shortens a one-word last line by characters for the ellipsis', () => {
		const opts = { size: SIZE };
		const maxWidth = measureWidest('Қазақстан', opts);
		expect(wrapText('Қазақстан Жапония', { ...opts, maxWidth, maxLines: 1 })).toEqual(['Қазақст…']);
		expect(wrapText('Қазақстан', { ...opts, maxWidth, maxLines: 1 })).toEqual(['Қазақстан']);
	});

	it('rejects a bad maxLines', () => {
		expect(() => wrapText('a', { maxWidth: 10, size: SIZE, maxLines: 0 })).toThrow(RangeError);
		expect(() => wrapText('a', { maxWidth: 10, size: SIZE, maxLines: 1.5 })).toThrow(RangeError);
	});
});

describe('wrapLines in the fallback font', () => {
	it('breaks a line that fits in Noto Sans but not in the wider DejaVu Sans', () => {
		const opts = { size: SIZE };
		const sentence = kk[0] ?? '';
		const noto = measureText(sentence, opts);
		expect(measureWidest(sentence, opts)).toBeGreaterThan(noto * 1.05);
		const lines = wrapLines(sentence, { ...opts, maxWidth: noto });
		expect(lines.length).toBe(2);
		for (const line of lines) expect(measureWidest(line.text, opts)).toBeLessThanOrEqual(noto);
		expect(join(lines)).toBe(normalizeWhitespace(sentence));
	});

	it('keeps whole a word that fits in Noto Sans but not in DejaVu Sans', () => {
		const opts = { size: SIZE };
		const maxWidth = measureText('хабарлауынша,', opts) + 1;
		expect(measureWidest('хабарлауынша,', opts)).toBeGreaterThan(maxWidth);
		expect(wrapText('Ақорданың хабарлауынша, Тоқаев', { ...opts, maxWidth })).toEqual([
			'Ақорданың',
			'хабарлауынша,',
			'Тоқаев'
		]);
	});
});

describe('layoutText', () => {
	it('gives the block size, line height and first baseline', () => {
		const block = layoutText(en[0] ?? '', { maxWidth: 200, size: 10, leading: 1.5 });
		expect(block.lines.length).toBeGreaterThan(1);
		expect(block.lineHeight).toBe(15);
		expect(block.height).toBe(15 * block.lines.length);
		expect(block.width).toBe(Math.max(...block.lines.map((l) => l.width)));
		expect(block.baseline).toBeCloseTo((15 - 13.62) / 2 + 10.69, 10);
	});
});

describe('wrapText keeps a number with its hyphenated ending', () => {
	it('never breaks "60-тан" after the hyphen', () => {
		for (let maxWidth = 40; maxWidth <= 200; maxWidth += 5) {
			const lines = wrapText('астам 60-тан астам', { size: 14, maxWidth });
			expect(lines.some((l) => l.endsWith('60-'))).toBe(false);
		}
	});
});
