// The web font: Noto Sans 400 and 700 cut down to the characters derek prints, one woff2 file per
// weight, served from the site itself (src/routes/fonts). Two small files instead of eight
// unicode-range subsets: every page has Kazakh quotes, so it needed latin, cyrillic and
// cyrillic-ext anyway, and cyrillic-ext alone was 22 KB for seven letters.

/** What the files hold: a code point outside these ranges is drawn with a fallback font. */
export const WEB_FONT_RANGES: ReadonlyArray<readonly [number, number]> = [
	[0x0020, 0x007e], // Basic Latin
	[0x00a0, 0x00ff], // Latin-1 Supplement (NBSP « » ° ×)
	[0x0300, 0x0301], // combining grave and acute (stress marks)
	[0x0400, 0x045f], // Russian and Kazakh і, with Ё and the older Cyrillic letters
	[0x0490, 0x0493], // Ґ ґ Ғ ғ
	[0x049a, 0x049b], // Қ қ
	[0x04a2, 0x04a3], // Ң ң
	[0x04ae, 0x04b1], // Ү ү Ұ ұ
	[0x04ba, 0x04bb], // Һ һ
	[0x04d8, 0x04d9], // Ә ә
	[0x04e8, 0x04e9], // Ө ө
	[0x2000, 0x206f], // General Punctuation (spaces, – — ‘ ’ “ ” „ … ‰ narrow NBSP)
	[0x20ac, 0x20ac], // €
	[0x20b8, 0x20b8], // ₸
	[0x20bd, 0x20bd], // ₽
	[0x2116, 0x2116], // №
	[0x2190, 0x2193], // ← ↑ → ↓
	[0x2212, 0x2212] // −
];

export const WEB_FONT_WEIGHTS = [400, 700] as const;
export type WebFontWeight = (typeof WEB_FONT_WEIGHTS)[number];

/** The address a weight's file is served at. */
export const webFontPath = (weight: WebFontWeight) => `/fonts/noto-sans-${weight}.woff2`;

/** Every code point of WEB_FONT_RANGES, as a string: the text the subsetter keeps. */
export function webFontText(): string {
	return WEB_FONT_RANGES.map(([a, b]) =>
		String.fromCodePoint(...Array.from({ length: b - a + 1 }, (_, i) => a + i))
	).join('');
}

const hex = (cp: number) => cp.toString(16).toUpperCase().padStart(4, '0');

/**
 * The <head> markup every page gets: the two files preloaded, and their faces. `optional` lets
 * the browser use the font only if it is there within about 100 ms, else it keeps the fallback
 * for that page view: text never changes font after it is drawn, so it never moves (CLS 0). With
 * the preload, the font is almost always in time, and cached for the next page.
 */
export function webFontHead(): string {
	const range = WEB_FONT_RANGES.map(([a, b]) =>
		a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`
	);
	return WEB_FONT_WEIGHTS.map(
		(w) => `<link rel="preload" href="${webFontPath(w)}" as="font" type="font/woff2" crossorigin>`
	)
		.concat(
			'<style>' +
				WEB_FONT_WEIGHTS.map(
					(w) =>
						`@font-face{font-family:'Noto Sans';font-style:normal;font-weight:${w};` +
						`font-display:optional;src:url('${webFontPath(w)}') format('woff2');` +
						`unicode-range:${range.join(',')}}`
				).join('') +
				'</style>'
		)
		.join('\n\t\t');
}
