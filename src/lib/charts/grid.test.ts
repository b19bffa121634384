import { describe, expect, it } from 'vitest';
import { gridCells } from './grid';

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

	it('fades a run that asks to, from full to faint', () => {
		const cells = gridCells([{ count: 5, kind: 'open', fade: true }], {
			cols: 5,
			size: 4,
			gap: 1,
			x: 0,
			y: 0
		});
		expect(cells[0]!.opacity).toBe(1);
		const fades = cells.map((c) => c.opacity);
		expect(fades).toEqual([...fades].sort((a, b) => b - a));
		expect(fades.at(-1)).toBeLessThan(0.5);
	});
});
