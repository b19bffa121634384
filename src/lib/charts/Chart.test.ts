import { render, screen, within } from '@testing-library/svelte';
import { nb } from '../../../tests/unit/factories';
import { describe, expect, it } from 'vitest';
import type { Chart as ChartData } from '$lib/data/types';
import { fixtureChart } from '../../../tests/unit/fixture-charts';
import { expectEvenSquares } from '../../../tests/unit/painted-squares';
import Chart from './Chart.svelte';
import { COLORS, VARIANT_WIDTHS } from './core/theme';

function svgOf(chart: ChartData, width = 640) {
	render(Chart, { chart, width, lang: 'en' });
	const svg = screen.getByRole('img', { name: new RegExp(chart.title.en.slice(0, 20)) });
	return { svg, text: svg.textContent ?? '' };
}

const marksOf = (svg: Element) => svg.querySelector('[data-cells="marks"]')!;

describe('Chart renders each chart type with its marks and labels', () => {
	it('bars: one bar per figure, each named with its kind and value', () => {
		const { svg, text } = svgOf(fixtureChart('bars-several-kinds'));
		expect(svg.querySelectorAll('[data-fact]')).toHaveLength(2);
		expect(text).toContain('Test trade');
		expect(text).toContain('trade in one year · 2030');
		expect(text).toContain('investment to date');
		expect(text).toContain(nb('$3~bn'));
		expect(text).toContain(nb('$7.25~bn+'));
		// The lower bound has an open tail; the exact figure has none.
		const tails = (id: string) => svg.querySelectorAll(`[data-fact="${id}"] path`).length;
		expect(tails('bars-several-kinds-1')).toBe(0);
		expect(tails('bars-several-kinds-2')).toBeGreaterThan(0);
	});

	it('bars: a bar’s length is proportional to its value', () => {
		const { svg } = svgOf(fixtureChart('bars-several-kinds'));
		const width = (id: string) =>
			Number(svg.querySelector(`[data-fact="${id}"] rect`)?.getAttribute('width'));
		expect(width('bars-several-kinds-1') / width('bars-several-kinds-2')).toBeCloseTo(3 / 7.25, 4);
	});

	it('units: one square per document and an open row, with the count and value written out', () => {
		const { svg, text } = svgOf(fixtureChart('units-more-than'));
		const marks = marksOf(svg);
		expect(marks.querySelectorAll('rect[fill]:not([fill="none"])')).toHaveLength(25);
		expect(marks.querySelectorAll('rect[fill="none"][stroke-dasharray]')).toHaveLength(10);
		expect(text).toContain('25+');
		expect(text).toContain(nb('worth more than $900~m in total'));
	});

	it('units: an exact count has no open row', () => {
		const marks = marksOf(svgOf(fixtureChart('units-exact')).svg);
		expect(marks.querySelectorAll('rect')).toHaveLength(12);
		expect(marks.querySelectorAll('rect[stroke-dasharray]')).toHaveLength(0);
	});

	it('waffle: solid squares for the share and hatched ones for what "more than" leaves open', () => {
		const { svg, text } = svgOf(fixtureChart('waffle-more-than'));
		const marks = marksOf(svg);
		expect(
			marks.querySelectorAll('rect[fill]:not([fill="none"]):not([fill-opacity])')
		).toHaveLength(35);
		// A hatched square is an outline on a faint tint, crossed by one diagonal line.
		expect(marks.querySelectorAll('rect[stroke][fill-opacity]')).toHaveLength(65);
		expect(marks.querySelectorAll('line')).toHaveLength(65);
		expect(text).toContain('35%+');
	});

	it('waffle with an upper bound: hatched squares up to the bound, the rest plain outlines', () => {
		const { svg, text } = svgOf(fixtureChart('waffle-less-than'));
		const marks = marksOf(svg);
		expect(marks.querySelectorAll('rect[stroke][fill-opacity]')).toHaveLength(3);
		expect(marks.querySelectorAll('line')).toHaveLength(3);
		// The rest is told apart by its form (no fill, no diagonal), not by colour alone.
		expect(marks.querySelectorAll(`rect[fill="none"][stroke="${COLORS.rest}"]`)).toHaveLength(97);
		expect(text).toContain('<3%');
	});

	it.each([
		['units-exact', 12],
		['units-more-than', 35],
		['units-at-least', 18],
		['waffle-exact', 100],
		['waffle-more-than', 100],
		['waffle-at-least', 100],
		['waffle-less-than', 100]
	])('%s: squares of one size, none overlapping, all inside the chart', (name, count) => {
		for (const width of VARIANT_WIDTHS) {
			const { svg } = svgOf(fixtureChart(name), width);
			expectEvenSquares(svg, count);
			svg.parentElement?.remove();
		}
	});

	it('describes its figures in the svg’s <desc> and draws text as tspans', () => {
		const { svg } = svgOf(fixtureChart('bars-more-than'));
		expect(svg.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
		expect(svg.querySelector('desc')?.textContent).toBe(
			nb('Bar chart. Test trade: more than $1.2~bn, trade in one year, 2030.')
		);
		expect(svg.getAttribute('viewBox')).toBe(
			`0 0 ${svg.getAttribute('width')} ${svg.getAttribute('height')}`
		);
		expect(within(svg as unknown as HTMLElement).getByText('$1.2 bn+')).toBeTruthy();
	});
});

describe('Chart without a fixed width', () => {
	it('draws a copy at each variant width, each named with its own ids', () => {
		const chart = fixtureChart('waffle-more-than');
		const { container } = render(Chart, { chart, lang: 'en' });
		const variants = [...container.querySelectorAll('[data-variant]')];
		expect(variants.map((v) => v.getAttribute('data-variant'))).toEqual(VARIANT_WIDTHS.map(String));
		const svgs = variants.map((v) => v.querySelector('svg')!);
		expect(svgs.map((s) => s.getAttribute('width'))).toEqual(VARIANT_WIDTHS.map(String));
		const ids = svgs.map((s) => s.getAttribute('aria-labelledby'));
		expect(new Set(ids).size).toBe(VARIANT_WIDTHS.length);
	});

	it('renders a hidden provenance tooltip per fact only when its marks are interactive', () => {
		const chart = fixtureChart('bars-several-kinds');
		const off = render(Chart, { chart, lang: 'en' });
		expect(off.container.querySelectorAll('[role="tooltip"]')).toHaveLength(0);
		off.unmount();
		const { container } = render(Chart, { chart, lang: 'en', interactive: true });
		const tips = [...container.querySelectorAll<HTMLElement>('[role="tooltip"]')];
		expect(tips.map((t) => t.dataset.tip)).toEqual(chart.facts.map((f) => f.id));
		expect(tips.every((t) => t.hidden)).toBe(true);
		expect(tips[1]!.textContent).toContain('“7,25 млрд доллардан асқан”');
		expect(tips[1]!.querySelector('[data-verbatim][lang="kk"]')?.textContent).toBe(
			'7,25 млрд доллардан асқан'
		);
		expect(container.querySelectorAll('svg [data-fact][tabindex="0"]').length).toBe(
			chart.facts.length * VARIANT_WIDTHS.length
		);
	});
});
