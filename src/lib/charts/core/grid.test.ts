import { describe, expect, it } from 'vitest';
import { FADE_FLOOR, gridCells } from './grid';

describe('gridCells', () => {
	it('fills rows left to right, each run continuing where the last stopped', () => {
		const cells = gridCells(
			[
				{ count: 3, kind: 'solid' },
				{ count: 2, kind: 'open' }
			],
			{ cols: 2, size: 10, gap: 2, x: 5, y: 1 }
		);
		expect(cells.map((c) => [c.x, c.y, c.kind])).toEqual([
			[5, 1, 'solid'],
			[17, 1, 'solid'],
			[5, 13, 'solid'],
			[17, 13, 'open'],
			[5, 25, 'open']
		]);
	});

	it('fades a run that asks to, from full down to the floor that keeps its contrast', () => {
		const cells = gridCells([{ count: 5, kind: 'open', fade: true }], {
			cols: 5,
			size: 4,
			gap: 1,
			x: 0,
			y: 0
		});
		const fades = cells.map((c) => c.opacity);
		expect(fades[0]).toBe(1);
		for (let i = 1; i < fades.length; i++) expect(fades[i]).toBeLessThan(fades[i - 1]!);
		expect(fades.at(-1)).toBe(FADE_FLOOR);
		expect(Math.min(...fades)).toBeGreaterThanOrEqual(FADE_FLOOR);
	});

	it('never fades a long run below the floor either', () => {
		const cells = gridCells([{ count: 37, kind: 'open', fade: true }], {
			cols: 10,
			size: 4,
			gap: 1,
			x: 0,
			y: 0
		});
		expect(Math.min(...cells.map((c) => c.opacity))).toBeGreaterThanOrEqual(FADE_FLOOR);
	});
});
