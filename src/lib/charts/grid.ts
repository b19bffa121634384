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
				opacity: run.fade ? Math.round((1 - (0.8 * i) / Math.max(run.count, 1)) * 100) / 100 : 1
			});
		}
	}
	return cells;
}
