// What a reader sees of the bounds the number reader knows: the label on the mark, the marks
// themselves, and the figure in words that the chart's accessible name and each mark's name say.
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { nb } from '../../../tests/unit/factories';
import { fixtureChart } from '../../../tests/unit/fixture-charts';
import type { Lang } from '$lib/data/types';
import Chart from './Chart.svelte';
import { describeChart } from './describe';
import { COLORS } from './core/theme';

function drawn(fixture: string, lang: Lang = 'en') {
	const chart = fixtureChart(fixture);
	render(Chart, { chart, width: 640, lang });
	const svg = screen.getByRole('img', { name: new RegExp(chart.title[lang].slice(0, 12)) });
	const mark = svg.querySelector('[data-fact]')!;
	// The mark's <title>: its name, which viewers show on hover and the page's tooltip repeats.
	const name = mark.querySelector('title')?.textContent ?? '';
	return { svg, text: svg.textContent ?? '', mark, name };
}

describe('an approximate figure', () => {
	it('on a bar: a solid bar labelled "~$28 bn", named "about $28 bn"', () => {
		const { mark, name } = drawn('bars-about');
		expect(mark.textContent).toContain('~' + nb('$28~bn'));
		expect(mark.querySelectorAll(`rect[fill="${COLORS.mark}"]`)).toHaveLength(1);
		expect(mark.querySelector('[data-band]')).toBeNull();
		expect(mark.textContent).toContain('~: about · trade in one year');
		expect(name).toContain(nb('about $28~bn'));
	});

	it('in Kazakh: "~28 млрд $", named "шамамен 28 млрд доллар"', () => {
		const { mark, name } = drawn('bars-about', 'kk');
		expect(mark.textContent).toContain('~' + nb('28~млрд~$'));
		expect(name).toContain(nb('шамамен 28~млрд~доллар'));
	});

	it('in a waffle: "~16%" and a legend saying it is about the share', () => {
		const { text, name } = drawn('waffle-about');
		expect(text).toContain('~16%');
		expect(text).toContain('about the share the article states');
		expect(name).toContain('about 16%');
	});
});

describe('an upper bound on a bar ("up to", "less than")', () => {
	it('has no solid bar, only a dashed outline to the bound, labelled "up to $1.5 bn"', () => {
		const { mark, name } = drawn('bars-at-most');
		expect(mark.querySelectorAll(`rect[fill="${COLORS.mark}"]`)).toHaveLength(0);
		const outline = mark.querySelector('[data-band="upper"]')!;
		expect(outline.getAttribute('fill')).toBe('none');
		expect(outline.getAttribute('stroke-dasharray')).not.toBeNull();
		expect(mark.textContent).toContain(nb('up to $1.5~bn'));
		expect(name).toContain(nb('up to $1.5~bn'));
	});

	it('says "less than" the same way: "<$500 m", named "less than $500 m"', () => {
		const { mark, name } = drawn('bars-less-than');
		expect(mark.querySelectorAll(`rect[fill="${COLORS.mark}"]`)).toHaveLength(0);
		expect(mark.querySelector('[data-band="upper"]')).not.toBeNull();
		expect(mark.textContent).toContain(nb('<$500~m'));
		expect(name).toContain(nb('less than $500~m'));
	});
});

describe('a range', () => {
	it('on a bar: solid to the low end, a band to the high end, labelled "5–7 bn tenge"', () => {
		const { mark, name } = drawn('bars-range');
		const solid = mark.querySelector(`rect[fill="${COLORS.mark}"]`)!;
		const band = mark.querySelector('[data-band="range"]')!;
		const x = (el: Element, a: string) => Number(el.getAttribute(a));
		// The band starts where the solid part ends, and the two are as long as 5 and 2 of 7.
		expect(x(band, 'x')).toBe(x(solid, 'width'));
		expect(x(solid, 'width') / (x(band, 'x') + x(band, 'width') + 0.75)).toBeCloseTo(5 / 7, 3);
		expect(mark.textContent).toContain(nb('5–7~bn~tenge'));
		expect(name).toContain(nb('5–7~bn~tenge'));
	});

	it('in a waffle: "25–30%", 25 solid squares and 5 hatched', () => {
		const { svg, text } = drawn('waffle-range');
		const marks = svg.querySelector('[data-cells="marks"]')!;
		expect(marks.querySelectorAll('rect[fill-opacity]')).toHaveLength(5);
		expect(marks.querySelectorAll(`rect[fill="${COLORS.mark}"]:not([fill-opacity])`)).toHaveLength(
			25
		);
		expect(text).toContain('25–30%');
	});

	it('in a unit chart, in Russian: "10–15" with the noun after the high end', () => {
		const { text, name } = drawn('units-range', 'ru');
		expect(text).toContain('10–15');
		expect(name).toContain(nb('10–15~тестовых документов'));
	});
});

describe('the chart’s description says each bound in words', () => {
	it.each([
		['bars-range', 'en', '5–7~bn~tenge'],
		['bars-about', 'ru', 'около 28~млрд~$'],
		['bars-at-most', 'kk', 'ең көбі 1,5~млрд~доллар'],
		['waffle-range', 'en', '25–30%']
	] as const)('%s (%s): “%s”', (fixture, lang, words) => {
		expect(describeChart(fixtureChart(fixture), lang)).toContain(nb(words));
	});
});
