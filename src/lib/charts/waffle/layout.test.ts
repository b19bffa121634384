import { describe, expect, it } from 'vitest';
import { lineText } from '../core/placed-text';
import { makeFact, nb } from '../../../../tests/unit/factories';
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
			nb('3~squares: the upper bound; the share is below it'),
			nb('97~squares: the rest, which the share does not reach')
		]);
	});
});

describe('layoutWaffle in Russian', () => {
	const legend = (value: number) =>
		layoutWaffle(
			makeFact({ value, unit: 'percent', bound: 'more-than', hedge: 'асқан' }),
			640,
			'ru'
		)
			.blocks.slice(1)
			.map((b) => b.lines.map(lineText).join(' '));

	it('counts squares in the form each number calls for', () => {
		expect(legend(21)[0]).toMatch(/^21\u00a0квадрат: /);
		expect(legend(22)[0]).toMatch(/^22\u00a0квадрата: /);
		expect(legend(25)[0]).toMatch(/^25\u00a0квадратов: /);
	});

	it('says what the open part means with the fact’s own hedge word', () => {
		expect(legend(78)[1]).toBe(
			nb(
				'22~квадрата: остальное; «асқан» (превысил) может захватывать и часть их, сколько~— не сказано'
			)
		);
	});
});
