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

describe('layoutWaffle for about, up to and a range', () => {
	const count = (l: ReturnType<typeof layoutWaffle>, kind: string) =>
		l.cells.filter((c) => c.kind === kind).length;
	const texts = (l: ReturnType<typeof layoutWaffle>) =>
		l.blocks.map((b) => b.lines.map(lineText).join(' '));

	it('draws "about 16%" as 16 solid squares, marked "~" and said to be about', () => {
		const l = layoutWaffle(fixtureChart('waffle-about').facts[0]!, 640, 'en');
		expect([count(l, 'solid'), count(l, 'hatched'), count(l, 'empty')]).toEqual([16, 0, 84]);
		expect(texts(l)[0]).toBe('~16%');
		expect(texts(l)[1]).toMatch(/^16\u00a0squares: about the share the article states/);
	});

	it('hatches the ten squares "up to 10%" lies inside, none solid', () => {
		const l = layoutWaffle(fixtureChart('waffle-at-most').facts[0]!, 640, 'en');
		expect([count(l, 'solid'), count(l, 'hatched'), count(l, 'empty')]).toEqual([0, 10, 90]);
		expect(texts(l)).toEqual([
			nb('up to 10%'),
			nb('10~squares: the upper bound; the share is this or below it'),
			nb('90~squares: the rest, which the share does not reach')
		]);
	});

	it('draws "25–30%" solid to 25, hatched from 25 to 30, plain beyond', () => {
		const l = layoutWaffle(fixtureChart('waffle-range').facts[0]!, 640, 'en');
		expect([count(l, 'solid'), count(l, 'hatched'), count(l, 'empty')]).toEqual([25, 5, 70]);
		expect(texts(l)[0]).toBe('25–30%');
		expect(texts(l)[2]).toMatch(/^5\u00a0squares: from the low to the high end/);
	});

	it('draws a fraction as the share it is: a third is 33 squares', () => {
		const third = makeFact({ value: 1 / 3, unit: 'fraction', bound: 'exact' });
		const l = layoutWaffle(third, 640, 'en');
		expect(count(l, 'solid')).toBe(33);
		expect(texts(l)[0]).toBe('33.33%');
	});

	it.each(['waffle-about', 'waffle-at-most', 'waffle-range'])('%s fits inside 360px', (name) => {
		expectGridFits(layoutWaffle(fixtureChart(name).facts[0]!, 360, 'kk'), 360);
	});
});
