// Colours and type sizes shared by every chart. Charts draw with SVG presentation attributes
// (fill=, font-size=) from these values, never CSS classes, so that the same markup works as a
// standalone file in Word, LibreOffice, Inkscape and resvg.
export const COLORS = {
	ink: '#1a1a1a',
	muted: '#595959',
	/** Gridlines: decoration only, every value they mark is also written as a label. */
	grid: '#d0d0d0',
	/** The plain rest of a whole (a waffle's squares the share does not reach), drawn as outlines:
	 *  marks the reader needs, so unlike the gridlines they keep 3:1 against the page. */
	rest: '#919191',
	mark: '#1f5d8c',
	/** The part a bound leaves open: outlines (hatched squares add a faint tint), never solid like data. */
	open: '#1f5d8c',
	onMark: '#ffffff',
	sea: '#eaf0f5',
	land: '#d9d9d3',
	landStrong: '#b3b3aa'
} as const;

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
 * fill it: up by at most MAX_SCALE, and down only below NARROW_WIDTH. Chart.svelte's CSS
 * breakpoints and its cap on the widest copy repeat these numbers, and a test checks that.
 */
export const VARIANT_WIDTHS = [NARROW_WIDTH, 480, DEFAULT_WIDTH, 800] as const;

/** How far a copy is scaled up to fill its container, at most. */
export const MAX_SCALE = 4 / 3;
