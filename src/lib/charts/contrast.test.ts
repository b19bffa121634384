// Contrast of what the charts draw, in the light theme (the exported files and the site) and the
// dark theme (the site only). The dark values are read from app.css itself, through the rules of
// chart-colors.css that map each of theme.ts's COLORS onto a CSS variable, so this test checks the
// colours a reader actually gets. Marks need 3:1 against what they are drawn on (WCAG 1.4.11),
// text 4.5:1 (WCAG 1.4.3; chart text is below the 18.66px bold / 24px "large" sizes, save the
// headline figure, which is held to 4.5:1 all the same).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FADE_FLOOR, HATCH_TINT } from './grid';
import { COLORS } from './theme';

type Theme = 'light' | 'dark';
type Rgb = [number, number, number];

const APP_CSS = readFileSync('src/lib/app.css', 'utf8');
const CHART_CSS = readFileSync('src/lib/chart-colors.css', 'utf8');

const rgb = (hex: string): Rgb => {
	if (!/^#[0-9a-f]{6}$/i.test(hex)) throw new Error(`not a #rrggbb colour: ${hex}`);
	return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
};

/** WCAG 2.x relative luminance of an sRGB colour. */
function luminance([r, g, b]: Rgb): number {
	const lin = (v: number) => {
		const s = v / 255;
		return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio, from 1 to 21. */
function contrast(a: Rgb, b: Rgb): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

/** `top` at `opacity` over `bottom`, composited in sRGB as browsers and resvg do. */
const over = (top: Rgb, opacity: number, bottom: Rgb): Rgb =>
	top.map((v, i) => v * opacity + bottom[i]! * (1 - opacity)) as Rgb;

/** The custom properties declared in app.css, by name, as written. */
const VARIABLES = new Map(
	[...APP_CSS.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()])
);

/** A variable of app.css in one theme: `light-dark(#light, #dark)`, or `var(--other)`. */
function variable(name: string, theme: Theme): string {
	const value = VARIABLES.get(name);
	if (value === undefined) throw new Error(`app.css declares no ${name}`);
	const alias = /^var\((--[\w-]+)\)$/.exec(value);
	if (alias) return variable(alias[1]!, theme);
	const pair = /^light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)$/i.exec(value);
	if (!pair) throw new Error(`${name}: cannot read "${value}" (expected light-dark(#hex, #hex))`);
	return (theme === 'light' ? pair[1]! : pair[2]!).toLowerCase();
}

/** The variable chart-colors.css gives a COLORS value drawn as `attr` (fill or stroke), if any. */
function ruleFor(hex: string, attr: 'fill' | 'stroke'): string | undefined {
	const rule = new RegExp(`\\[${attr}='${hex}'\\][^{]*\\{\\s*${attr}:\\s*var\\((--[\\w-]+)\\)`);
	return rule.exec(CHART_CSS)?.[1];
}

type ColorName = keyof typeof COLORS;

/** A chart colour as the reader sees it in a theme: through its rule in chart-colors.css. */
function themed(name: ColorName, theme: Theme): Rgb {
	const hex = COLORS[name];
	const property = ruleFor(hex, 'fill');
	if (!property) throw new Error(`chart-colors.css has no fill rule for ${name} (${hex})`);
	return rgb(variable(property, theme));
}

/** The page behind every chart (Chart.svelte paints it with --paper). */
const paper = (theme: Theme) => rgb(variable('--paper', theme));

/** What a mark is drawn on: the page, a chart colour, or a colour tinted over the page. */
type Surface = ColorName | 'paper' | { tint: ColorName; opacity: number };
const surface = (s: Surface, theme: Theme): Rgb =>
	s === 'paper'
		? paper(theme)
		: typeof s === 'string'
			? themed(s, theme)
			: over(themed(s.tint, theme), s.opacity, paper(theme));
const surfaceName = (s: Surface) =>
	typeof s === 'string' ? s : `${s.tint} tinted at ${s.opacity}`;

/** A mark: which colour, at what opacity, on which surfaces, drawn by which chart. */
interface Pair {
	what: string;
	color: ColorName;
	opacity?: number;
	on: Surface[];
}

/** Marks a reader needs to read a chart: 3:1 against every surface they are drawn on. */
const MARKS: Pair[] = [
	{ what: 'units, waffle, bars: solid squares and bars', color: 'mark', on: ['paper'] },
	{
		what: 'units, waffle, bars: open and hatched outlines, bar tails',
		color: 'open',
		on: ['paper']
	},
	{
		what: 'waffle: a hatched outline and its diagonal against the square’s tint',
		color: 'open',
		on: [{ tint: 'open', opacity: HATCH_TINT }]
	},
	{
		what: 'units: the faintest square of the open "more than" row',
		color: 'open',
		opacity: FADE_FLOOR,
		on: ['paper']
	},
	{ what: 'waffle: the outlines of the plain rest', color: 'rest', on: ['paper'] },
	{
		what: 'route map: the corridor line and its dots',
		color: 'mark',
		on: ['sea', 'land', 'landStrong']
	},
	{
		what: 'route map: the sea route line and its dots',
		color: 'muted',
		on: ['sea', 'land', 'landStrong']
	},
	// A hollow dot is a ring round a filled centre: the ring stands out from the centre too.
	{ what: 'route map: the ring of a hollow corridor dot', color: 'mark', on: ['onMark'] },
	{ what: 'route map: the ring of a hollow sea-route dot', color: 'muted', on: ['onMark'] },
	{ what: 'route map: legend line and dot samples', color: 'mark', on: ['paper'] },
	{ what: 'route map: legend sea-route sample', color: 'muted', on: ['paper'] },
	{ what: 'bars: the zero baseline', color: 'ink', on: ['paper'] }
];

/** Text: 4.5:1 against what it is written on. */
const TEXTS: Pair[] = [
	{ what: 'headlines, labels, values', color: 'ink', on: ['paper'] },
	{ what: 'legends, ticks, notes', color: 'muted', on: ['paper'] },
	{ what: 'links (the footer address)', color: 'mark', on: ['paper'] },
	{ what: 'a value written inside its bar', color: 'onMark', on: ['mark'] },
	{ what: 'route map: place names', color: 'ink', on: ['sea', 'land', 'landStrong'] }
];

const THEMES: Theme[] = ['light', 'dark'];

/** Every (theme, pair, surface) with its measured ratio. */
const measured = (pairs: Pair[]) =>
	THEMES.flatMap((theme) =>
		pairs.flatMap((p) =>
			p.on.map((s) => {
				const back = surface(s, theme);
				const front = over(themed(p.color, theme), p.opacity ?? 1, back);
				const label = `${theme}: ${p.what}: ${p.color}${p.opacity ? ` at ${p.opacity}` : ''} on ${surfaceName(s)}`;
				return [label, contrast(front, back)] as const;
			})
		)
	);

describe('the contrast formula', () => {
	it('gives the WCAG reference values', () => {
		expect(contrast(rgb('#000000'), rgb('#ffffff'))).toBeCloseTo(21, 5);
		expect(contrast(rgb('#777777'), rgb('#ffffff'))).toBeCloseTo(4.48, 2);
		expect(contrast(rgb('#767676'), rgb('#ffffff'))).toBeCloseTo(4.54, 2);
	});

	it('composites an opacity over what is behind', () => {
		expect(over(rgb('#000000'), 0.5, rgb('#ffffff'))).toEqual([127.5, 127.5, 127.5]);
		expect(over(rgb('#1f5d8c'), 1, rgb('#ffffff'))).toEqual(rgb('#1f5d8c'));
	});
});

describe('the colours the charts draw with', () => {
	it('are the light values of app.css, so a file and the light site look alike', () => {
		for (const [name, hex] of Object.entries(COLORS)) {
			const property = ruleFor(hex, 'fill');
			expect(property, `${name} (${hex}) has a fill rule`).toBeDefined();
			expect(variable(property!, 'light'), name).toBe(hex);
			const stroke = ruleFor(hex, 'stroke');
			if (stroke) expect(stroke, `${name}'s stroke and fill rules agree`).toBe(property);
		}
	});

	it('are drawn on the page colour the export draws on', () => {
		expect(variable('--paper', 'light')).toBe('#ffffff');
	});
});

describe('non-text contrast of the marks (WCAG 1.4.11, 3:1)', () => {
	it.each(measured(MARKS))('%s', (_, ratio) => {
		expect(ratio).toBeGreaterThanOrEqual(3);
	});
});

describe('contrast of the text in charts (WCAG 1.4.3, 4.5:1)', () => {
	it.each(measured(TEXTS))('%s', (_, ratio) => {
		expect(ratio).toBeGreaterThanOrEqual(4.5);
	});
});
