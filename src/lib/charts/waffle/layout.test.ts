import { describe, expect, it } from 'vitest';
import { lineText } from '../placed-text';
import { fixtureChart } from '../../../../tests/unit/fixture-charts';
import { expectGridFits } from '../../../../tests/unit/grid-fit';
import { layoutWaffle } from './layout';

const share = fixtureChart('waffle-more-than').facts[0]!;

describe('layoutWaffle', () => {
	it('draws 35 solid squares and hatches the 65 that "more than 35%" leaves open', () => {
		const l = layoutWaffle(share, 640, 'en');
		expect(l.cells).toHaveLength(100);
		expect(l.cells.filter((c) => c.kind === 'solid')).toHaveLength(35);
		expect(l.cells.filter((c) => c.kind === 'hatched')).toHaveLength(65);
		expect(l.blocks[0]!.lines.map(lineText)).toEqual(['35%+']);
	});

	it('draws the rest of an exact share plain, not hatched', () => {
		const l = layoutWaffle({ ...share, bound: 'exact' }, 640, 'en');
		expect(l.cells.filter((c) => c.kind === 'empty')).toHaveLength(65);
		expect(l.blocks[0]!.lines.map(lineText)).toEqual(['35%']);
	});

	it.each([360, 480, 640, 1000])('fits inside %ipx, no taller than it needs', (width) => {
		expectGridFits(layoutWaffle(share, width, 'en'), width);
	});
});

describe('layoutWaffle for an upper bound', () => {
	const below = fixtureChart('waffle-less-than').facts[0]!;

	it('hatches the three squares the share lies inside and leaves the other 97 plain', () => {
		const l = layoutWaffle(below, 640, 'en');
		expect(l.cells.filter((c) => c.kind === 'solid')).toHaveLength(0);
		expect(l.cells.filter((c) => c.kind === 'hatched')).toHaveLength(3);
		expect(l.cells.filter((c) => c.kind === 'empty')).toHaveLength(97);
		expect(l.blocks.map((b) => b.lines.map(lineText).join(' '))).toEqual([
			'<3%',
			'3 squares: the most the share can be: all of it fits inside',
			'97 squares: the rest, which the share does not reach'
		]);
	});
});
