import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { chartById } from '../../../tests/unit/dataset';
import { nb } from '../../../tests/unit/facts';
import Chart from './Chart.svelte';
import { COLORS, MAX_SCALE, VARIANT_WIDTHS } from './theme';

function svgOf(id: string) {
	const chart = chartById(id);
	render(Chart, { chart, width: 640, lang: 'en' });
	const svg = screen.getByRole('img', { name: new RegExp(chart.title.en.slice(0, 20)) });
	return { chart, svg, text: svg.textContent ?? '' };
}

describe('Chart renders each chart type with its marks and labels', () => {
	it('bars: one bar per figure, each named with its kind and value', () => {
		const { svg, text } = svgOf('money-figures');
		expect(svg.querySelectorAll('[data-fact]')).toHaveLength(3);
		expect(text).toContain('Kazakhstan–Japan trade');
		expect(text).toContain('annual trade · last year (2024, by the article’s date)');
		expect(text).toContain('cumulative investment');
		expect(text).toContain(nb('$2~bn'));
		expect(text).toContain(nb('$8.5~bn+'));
		expect(text).toContain(nb('$3.7~bn+'));
		// The lower bounds have open tails; the exact trade figure has none.
		const tails = (id: string) => svg.querySelectorAll(`[data-fact="${id}"] path`).length;
		expect(tails('kz-jp-trade-2024')).toBe(0);
		expect(tails('jp-investment-kz')).toBeGreaterThan(0);
	});

	it('bars: a bar’s length is proportional to its value', () => {
		const { svg } = svgOf('money-figures');
		const width = (id: string) =>
			Number(svg.querySelector(`[data-fact="${id}"] rect`)?.getAttribute('width'));
		expect(width('kz-jp-trade-2024') / width('jp-investment-kz')).toBeCloseTo(2 / 8.5, 4);
	});

	it('units: 60 documents and an open row, with the count and value written out', () => {
		const { svg, text } = svgOf('visit-agreements');
		const marks = svg.querySelector('[data-cells="marks"]')!;
		expect(marks.querySelectorAll('rect[fill]:not([fill="none"])')).toHaveLength(60);
		expect(marks.querySelectorAll('rect[fill="none"][stroke-dasharray]')).toHaveLength(10);
		expect(text).toContain('60+');
		expect(text).toContain(nb('worth more than $3.7~bn in total'));
	});

	it('waffle: 80 solid squares and 20 hatched ones', () => {
		const { svg, text } = svgOf('overland-cargo-share');
		const marks = svg.querySelector('[data-cells="marks"]')!;
		expect(
			marks.querySelectorAll('rect[fill]:not([fill="none"]):not([fill-opacity])')
		).toHaveLength(80);
		// A hatched square is an outline on a faint tint, crossed by one diagonal line.
		expect(marks.querySelectorAll('rect[stroke][fill-opacity]')).toHaveLength(20);
		expect(marks.querySelectorAll('line')).toHaveLength(20);
		expect(text).toContain('80%+');
	});

	it('waffle with an upper bound: one hatched square, the rest plain outlines', () => {
		const { svg, text } = svgOf('japan-central-asia-trade-share');
		const marks = svg.querySelector('[data-cells="marks"]')!;
		expect(marks.querySelectorAll('rect[stroke][fill-opacity]')).toHaveLength(1);
		expect(marks.querySelectorAll('line')).toHaveLength(1);
		// The rest is told apart by its form (no fill, no diagonal), not by colour alone.
		expect(marks.querySelectorAll(`rect[fill="none"][stroke="${COLORS.rest}"]`)).toHaveLength(99);
		expect(text).toContain('<1%');
	});

	it('describes its figures in the svg’s <desc> and draws text as tspans', () => {
		const { svg } = svgOf('japan-investment');
		expect(svg.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
		expect(svg.querySelector('desc')?.textContent).toBe(
			nb(
				'Bar chart. Japan’s investment in Kazakhstan: more than $8.5~bn (cumulative investment, up to the article’s date (December 2025)).'
			)
		);
		expect(svg.getAttribute('viewBox')).toBe(
			`0 0 ${svg.getAttribute('width')} ${svg.getAttribute('height')}`
		);
		expect(within(svg as unknown as HTMLElement).getByText('$8.5 bn+')).toBeTruthy();
	});
});

describe('Chart without a fixed width', () => {
	it('draws a copy at each variant width, each named with its own ids', () => {
		const chart = chartById('overland-cargo-share');
		const { container } = render(Chart, { chart, lang: 'en' });
		const variants = [...container.querySelectorAll('[data-variant]')];
		expect(variants.map((v) => v.getAttribute('data-variant'))).toEqual(VARIANT_WIDTHS.map(String));
		const svgs = variants.map((v) => v.querySelector('svg')!);
		expect(svgs.map((s) => s.getAttribute('width'))).toEqual(VARIANT_WIDTHS.map(String));
		const ids = svgs.map((s) => s.getAttribute('aria-labelledby'));
		expect(new Set(ids).size).toBe(VARIANT_WIDTHS.length);
	});

	it('shows each copy from its own width up to the next one’s, by container queries', () => {
		const css = readFileSync('src/lib/charts/Chart.svelte', 'utf8');
		const breakpoints = [...css.matchAll(/@container \(min-width: (\d+)px\)/g)].map((m) =>
			Number(m[1])
		);
		expect(breakpoints).toEqual(VARIANT_WIDTHS.slice(1));
		// Scaled up to the next breakpoint, text grows by at most MAX_SCALE; the widest copy stops there.
		VARIANT_WIDTHS.slice(1).forEach((w, i) => {
			expect(w / VARIANT_WIDTHS[i]!).toBeLessThanOrEqual(MAX_SCALE);
		});
		const widest = VARIANT_WIDTHS.at(-1)!;
		const cap = new RegExp(
			`\\.variant\\[data-variant='${widest}'\\] :global\\(svg\\) \\{\\s*max-width: (\\d+)px;`
		).exec(css)?.[1];
		expect(Number(cap)).toBe(Math.floor(widest * MAX_SCALE));
	});

	it('renders a hidden provenance tooltip per fact only when its marks are interactive', () => {
		const chart = chartById('money-figures');
		const off = render(Chart, { chart, lang: 'en' });
		expect(off.container.querySelectorAll('[role="tooltip"]')).toHaveLength(0);
		off.unmount();
		const { container } = render(Chart, { chart, lang: 'en', interactive: true });
		const tips = [...container.querySelectorAll<HTMLElement>('[role="tooltip"]')];
		expect(tips.map((t) => t.dataset.tip)).toEqual(chart.facts.map((f) => f.id));
		expect(tips.every((t) => t.hidden)).toBe(true);
		expect(tips[1]!.textContent).toContain('“8,5 миллиард доллардан асқан”');
		expect(tips[1]!.querySelector('[data-verbatim][lang="kk"]')?.textContent).toBe(
			'8,5 миллиард доллардан асқан'
		);
		expect(container.querySelectorAll('svg [data-fact][tabindex="0"]').length).toBe(
			chart.facts.length * VARIANT_WIDTHS.length
		);
	});
});
