import { describe, expect, it } from 'vitest';
import { measureText } from '$lib/text/measure';
import { lineText, textColumn } from './placed-text';

const sentence =
	'Ақорданың хабарлауынша, Қазақстан президенті Қасым-Жомарт Тоқаевтың Жапонияға сапар аясында жалпы құны 3,7 млрд доллардан асатын 60-тан астам екіжақты құжатқа қол қойылған.';

describe('textColumn', () => {
	it('marks the printed numbers even where a line break falls inside one', () => {
		for (const maxWidth of [120, 180, 240, 300, 420, 600]) {
			const { blocks } = textColumn(
				[
					{
						text: sentence,
						style: { size: 14, weight: 400, tone: 'ink' },
						marks: ['3,7 млрд доллардан асатын', '60-тан астам']
					}
				],
				{ x: 0, y: 0, maxWidth }
			);
			const lines = blocks[0]!.lines;
			const marked = lines.flatMap((l) => l.segments.filter((s) => s.marked).map((s) => s.text));
			expect(marked.join(' ')).toBe('3,7 млрд доллардан асатын 60-тан астам');
			expect(lines.map(lineText).some((l) => l.endsWith('60-'))).toBe(false);
			expect(lines.map(lineText).join(' ').replaceAll('- ', '-')).toBe(sentence);
			// Measured bold throughout, so the bold numbers never push a line past the width.
			for (const line of lines) {
				expect(measureText(lineText(line), { size: 14, weight: 700 })).toBeLessThanOrEqual(
					maxWidth
				);
			}
		}
	});

	it('keeps the article’s own spaces around a marked number', () => {
		const { blocks } = textColumn(
			[
				{
					text: 'құны 3,7 млрд ғана',
					style: { size: 14, weight: 400, tone: 'ink' },
					marks: ['3,7 млрд']
				}
			],
			{ x: 0, y: 0, maxWidth: 600 }
		);
		expect(blocks[0]!.lines[0]!.segments.map(({ text, marked }) => ({ text, marked }))).toEqual([
			{ text: 'құны ', marked: false },
			{ text: '3,7 млрд', marked: true },
			{ text: ' ғана', marked: false }
		]);
	});

	it('gives each line its width with the bundled font, bold where marked', () => {
		const { blocks } = textColumn(
			[
				{
					text: 'құны 3,7 млрд ғана',
					style: { size: 14, weight: 400, tone: 'ink' },
					marks: ['3,7 млрд']
				}
			],
			{ x: 0, y: 0, maxWidth: 600 }
		);
		const expected =
			measureText('құны ', { size: 14 }) +
			measureText('3,7 млрд', { size: 14, weight: 700 }) +
			measureText(' ғана', { size: 14 });
		expect(blocks[0]!.lines[0]!.width).toBeCloseTo(expected, 1);
	});

	it('stacks paragraphs with their extra space, and reports where the column ends', () => {
		const style = { size: 12, weight: 400, tone: 'muted' } as const;
		const { blocks, bottom } = textColumn(
			[
				{ text: 'one', style },
				{ text: 'two', style, spaceBefore: 10 }
			],
			{ x: 5, y: 100, maxWidth: 200 }
		);
		expect(blocks[1]!.y - blocks[0]!.y).toBe(blocks[0]!.lineHeight + 6 + 10);
		expect(bottom).toBeGreaterThan(blocks[1]!.y);
		expect(blocks.every((b) => b.x === 5)).toBe(true);
	});

	it('indents a text with a legend key to make room for the key', () => {
		const { blocks } = textColumn(
			[{ text: 'key', style: { size: 12, weight: 400, tone: 'muted', swatch: 'solid' } }],
			{ x: 0, y: 0, maxWidth: 200 }
		);
		expect(blocks[0]!.x).toBe(18);
	});
});
