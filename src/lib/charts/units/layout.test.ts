import { describe, expect, it } from 'vitest';
import { measureText } from '$lib/text/measure';
import { lineText } from '../placed-text';
import { chartById } from '../../../../tests/unit/dataset';
import { layoutUnits } from './layout';

const facts = chartById('visit-agreements').facts;

describe('layoutUnits', () => {
	it('draws one solid square per document and an open row for "more than"', () => {
		const l = layoutUnits(facts, 640, 'en');
		expect(l.cells.filter((c) => c.kind === 'solid')).toHaveLength(60);
		const open = l.cells.filter((c) => c.kind === 'open');
		expect(open).toHaveLength(10);
		// The open row fades out: it says "more", not "exactly ten more".
		expect(open[0]!.opacity).toBeGreaterThan(open.at(-1)!.opacity);
	});

	it('draws no open row for an exact count', () => {
		const exact = [{ ...facts[0]!, bound: 'exact' as const }];
		const l = layoutUnits(exact, 640, 'en');
		expect(l.cells).toHaveLength(60);
		expect(l.cells.every((c) => c.kind === 'solid')).toBe(true);
	});

	it('writes the count with its bound and the documents’ value', () => {
		const text = layoutUnits(facts, 640, 'en').blocks.map((b) => b.lines.map(lineText).join(' '));
		expect(text[0]).toBe('60+');
		expect(text).toContain('bilateral documents');
		expect(text).toContain('worth more than $3.7 bn in total');
	});

	it.each([360, 480, 640, 1000])(
		'fits squares and text inside %ipx, no taller than it needs',
		(width) => {
			const l = layoutUnits(facts, width, 'en');
			const bottoms = l.blocks.map((b) => b.y + (b.lines.length - 1) * b.lineHeight);
			const gridBottom = Math.max(...l.cells.map((c) => c.y + c.size));
			expect(l.height - Math.max(gridBottom, ...bottoms)).toBeLessThan(24);
			for (const c of l.cells) expect(c.x + c.size).toBeLessThanOrEqual(width);
			for (const b of l.blocks) {
				for (const line of b.lines) {
					expect(b.x + measureText(lineText(line), b)).toBeLessThanOrEqual(width);
				}
				const last = b.y + (b.lines.length - 1) * b.lineHeight;
				expect(last).toBeLessThanOrEqual(l.height);
			}
		}
	);
});
