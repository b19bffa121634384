// The fit check shared by the grid charts' layout tests (units, waffle).
import { expect } from 'vitest';
import type { Cell } from '$lib/charts/core/grid';
import { lineText, type PlacedText } from '$lib/charts/core/placed-text';
import { measureText } from '$lib/text/measure';

/**
 * Asserts that a grid chart's squares and text lie inside `width` and its height, and that the
 * height is no more than what they need (plus the bottom padding).
 */
export function expectGridFits(
	l: { height: number; cells: Cell[]; blocks: PlacedText[] },
	width: number
): void {
	const lastBaseline = (b: PlacedText) => b.y + (b.lines.length - 1) * b.lineHeight;
	const gridBottom = Math.max(...l.cells.map((c) => c.y + c.size));
	expect(l.height - Math.max(gridBottom, ...l.blocks.map(lastBaseline))).toBeLessThan(24);
	for (const c of l.cells) expect(c.x + c.size).toBeLessThanOrEqual(width);
	for (const b of l.blocks) {
		for (const line of b.lines) {
			expect(b.x + measureText(lineText(line), b)).toBeLessThanOrEqual(width);
		}
		expect(lastBaseline(b)).toBeLessThanOrEqual(l.height);
	}
}
