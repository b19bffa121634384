import { describe, expect, it } from 'vitest';
import { lineText } from '../placed-text';
import { chartById } from '../../../../tests/unit/dataset';
import { makeFact, nb } from '../../../../tests/unit/facts';
import { expectGridFits } from '../../../../tests/unit/grid-fit';
import { layoutWaffle } from './layout';

const share = chartById('overland-cargo-share').facts[0]!;

describe('layoutWaffle', () => {
	it('draws 80 solid squares and hatches the 20 that "more than 80%" leaves open', () => {
		const l = layoutWaffle(share, 640, 'en');
		expect(l.cells).toHaveLength(100);
		expect(l.cells.filter((c) => c.kind === 'solid')).toHaveLength(80);
		expect(l.cells.filter((c) => c.kind === 'hatched')).toHaveLength(20);
		expect(l.blocks[0]!.lines.map(lineText)).toEqual(['80%+']);
	});

	it('draws the rest of an exact share plain, not hatched', () => {
		const l = layoutWaffle({ ...share, bound: 'exact' }, 640, 'en');
		expect(l.cells.filter((c) => c.kind === 'empty')).toHaveLength(20);
		expect(l.blocks[0]!.lines.map(lineText)).toEqual(['80%']);
	});

	it('keeps every square the same size: areas proportional to the share', () => {
		const sizes = new Set(layoutWaffle(share, 500, 'en').cells.map((c) => c.size));
		expect(layoutWaffle(share, 500, 'en').cells.every((c) => c.size > 10)).toBe(true);
		expect(sizes.size).toBe(1);
	});

	it.each([360, 480, 640, 1000])('fits inside %ipx, no taller than it needs', (width) => {
		expectGridFits(layoutWaffle(share, width, 'en'), width);
	});
});

describe('layoutWaffle for an upper bound', () => {
	const below = makeFact({ value: 1, unit: 'percent', bound: 'less-than', hedge: 'төмен' });

	it('hatches the one square the share lies inside and leaves the other 99 plain', () => {
		const l = layoutWaffle(below, 640, 'en');
		expect(l.cells.filter((c) => c.kind === 'solid')).toHaveLength(0);
		expect(l.cells.filter((c) => c.kind === 'hatched')).toHaveLength(1);
		expect(l.cells.filter((c) => c.kind === 'empty')).toHaveLength(99);
		expect(l.blocks.map((b) => b.lines.map(lineText).join(' '))).toEqual([
			'<1%',
			nb('1~square: upper bound: the share is below this'),
			nb('99~squares: the rest, which the share does not reach')
		]);
	});

	it('counts squares in the form each number calls for', () => {
		const legend = (value: number) =>
			layoutWaffle(
				makeFact({ value, unit: 'percent', bound: 'more-than', hedge: 'асқан' }),
				640,
				'ru'
			)
				.blocks.slice(1)
				.map((b) => b.lines.map(lineText).join(' '));
		expect(legend(21)[0]).toMatch(/^21\u00a0квадрат: /);
		expect(legend(22)[0]).toMatch(/^22\u00a0квадрата: /);
		expect(legend(25)[0]).toMatch(/^25\u00a0квадратов: /);
		// The rest of "more than 78%" quotes the fact's own word, not a fixed one.
		expect(legend(78)[1]).toBe(
			nb('22~квадрата: остальное: «асқан» (превысил) значит и часть этого, сколько~— не сказано')
		);
	});
});
