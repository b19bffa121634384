// Colours and type sizes shared by every chart. Charts draw with SVG presentation attributes
// (fill=, font-size=) from these values, never CSS classes, so that the same markup works as a
// standalone file in Word, LibreOffice, Inkscape and resvg.
/**
 * Every colour the charts draw with, in both themes. `light` is what a chart's SVG attributes say
 * (fill="#1a1a1a"), so it is what an exported file and the light site show; `dark` is what the site
 * shows in its dark theme. The site's stylesheet for charts is generated from this table at build
 * time (theme-css.ts): there is no second copy of these values to keep in step.
 */
export const PALETTE = {
	ink: { light: '#1a1a1a', dark: '#ececec' },
	muted: { light: '#595959', dark: '#b3b3b3' },
	/** Gridlines: decoration only, every value they mark is also written as a label. */
	grid: { light: '#d0d0d0', dark: '#4a4a4a' },
	/** The plain rest of a whole (a waffle's squares the share does not reach), drawn as outlines:
	 *  marks the reader needs, so unlike the gridlines they keep 3:1 against the page. */
	rest: { light: '#919191', dark: '#666666' },
	/** Marks keep 3:1 against what they are drawn on, in both themes (WCAG 1.4.11); the dark mark
	 *  is light enough to keep 3:1 on the map's highlighted land and against the rest squares. */
	mark: { light: '#1f5d8c', dark: '#8cc4ee' },
	/** The part a bound leaves open: outlines (hatched squares add a faint tint), never solid like data. */
	open: { light: '#1f5d8c', dark: '#8cc4ee' },
	onMark: { light: '#ffffff', dark: '#0e1a24' },
	sea: { light: '#eaf0f5', dark: '#1b242d' },
	land: { light: '#d9d9d3', dark: '#3b3b37' },
	landStrong: { light: '#b3b3aa', dark: '#5a5a52' }
} as const;

export type ColorName = keyof typeof PALETTE;

/** The colours as the charts' SVG attributes write them: the light ones. */
export const COLORS = Object.fromEntries(
	Object.entries(PALETTE).map(([name, { light }]) => [name, light])
) as { readonly [N in ColorName]: (typeof PALETTE)[N]['light'] };

/** The page behind every chart: an exported file draws on the light one. */
export const PAPER = { light: '#ffffff', dark: '#161616' } as const;

export const TYPE = {
	label: 13,
	sub: 12,
	value: 14,
	tick: 11,
	big: 22
} as const;

/** The width exported files are laid out at. */
export const DEFAULT_WIDTH = 640;

/** The narrowest layout: narrower containers scale this one down. */
export const NARROW_WIDTH = 360;

/**
 * The widths a page draws each chart at; a container query shows the widest that fits, scaled to
 * fill it: up by at most MAX_SCALE, and down only below NARROW_WIDTH. The container queries are
 * generated from these numbers (theme-css.ts).
 */
export const VARIANT_WIDTHS = [NARROW_WIDTH, 480, DEFAULT_WIDTH, 800] as const;

/** How far a copy is scaled up to fill its container, at most. */
export const MAX_SCALE = 4 / 3;
