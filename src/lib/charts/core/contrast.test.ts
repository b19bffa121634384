// Contrast of what the charts draw, in the light theme (the exported files and the site) and the
// dark theme (the site only), from theme.ts's PALETTE: the site's chart stylesheet is generated
// from it (theme-css.ts), so these are the colours a reader gets. Marks need 3:1 against what they
// are drawn on (WCAG 1.4.11), text 4.5:1 (WCAG 1.4.3; chart text is below the 18.66px bold / 24px
// "large" sizes, save the headline figure, which is held to 4.5:1 all the same). The formula is
// tests/wcag-contrast.ts, the one the browser checks run in the page; its reference values are
// checked first.
import { describe, expect, it } from 'vitest';
import { composite, contrastRatio as contrast, type RGBA } from '../../../../tests/wcag-contrast';
import { FADE_FLOOR, HATCH_TINT } from './grid';
import { PALETTE, PAPER, type ColorName } from './theme';

type Theme = 'light' | 'dark';

const rgb = (hex: string): RGBA => {
	if (!/^#[0-9a-f]{6}$/i.test(hex)) throw new Error(`not a #rrggbb colour: ${hex}`);
	return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as unknown as RGBA;
};

/** `top` at `opacity` over an opaque `bottom`. */
const over = (top: RGBA, opacity: number, bottom: RGBA): RGBA =>
	composite([top[0], top[1], top[2], opacity], bottom);

/** A chart colour as the reader sees it in a theme. */
const themed = (name: ColorName, theme: Theme): RGBA => rgb(PALETTE[name][theme]);

/** The page behind every chart (Chart.svelte paints it with --paper). */
const paper = (theme: Theme) => rgb(PAPER[theme]);

/** What a mark is drawn on: the page, a chart colour, or a colour tinted over the page. */
type Surface = ColorName | 'paper' | { tint: ColorName; opacity: number };
const surface = (s: Surface, theme: Theme): RGBA =>
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
		expect(over(rgb('#000000'), 0.5, rgb('#ffffff'))).toEqual([127.5, 127.5, 127.5, 1]);
		expect(over(rgb('#1f5d8c'), 1, rgb('#ffffff'))).toEqual([...rgb('#1f5d8c'), 1]);
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
