/** How a cell of a unit or waffle chart is drawn. */
export type CellKind = 'solid' | 'open' | 'hatched' | 'empty';

export interface Cell {
	x: number;
	y: number;
	size: number;
	kind: CellKind;
	/** 1 for data; an open tail fades out to say "and more, how many unknown". */
	opacity: number;
}

/**
 * The faintest an open tail fades to. A drawn square still has to stand out from the page by 3:1
 * (WCAG 1.4.11) in both themes; at 0.7 the light theme's blue outline keeps 3.5:1 (contrast.test.ts
 * checks it). The dashes and the legend, not the fade, say that the tail is not data.
 */
export const FADE_FLOOR = 0.7;

/** The fill opacity of a hatched square's faint tint: it only helps the eye find the square
 *  among plain ones; its outline, against the page and against the tint, carries the contrast. */
export const HATCH_TINT = 0.15;

/**
 * Places runs of cells row by row, left to right, `cols` to a row, each run continuing where the
 * last one stopped. Cell positions are pure arithmetic so they are tested without rendering.
 */
export function gridCells(
	runs: { count: number; kind: CellKind; fade?: boolean }[],
	grid: { cols: number; size: number; gap: number; x: number; y: number }
): Cell[] {
	const cells: Cell[] = [];
	for (const run of runs) {
		for (let i = 0; i < run.count; i++) {
			const n = cells.length;
			cells.push({
				x: grid.x + (n % grid.cols) * (grid.size + grid.gap),
				y: grid.y + Math.floor(n / grid.cols) * (grid.size + grid.gap),
				size: grid.size,
				kind: run.kind,
				opacity: run.fade
					? Math.round((1 - ((1 - FADE_FLOOR) * i) / Math.max(run.count - 1, 1)) * 100) / 100
					: 1
			});
		}
	}
	return cells;
}
