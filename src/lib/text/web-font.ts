// Noto Sans 400 and 700 cut down to the characters derek prints, one woff2 file per weight, served
// from the site itself (src/routes/fonts). Pages do not load them: every font fetched before the
// first paint delayed the largest one (README, "Measure"), so pages draw in the reader's fonts,
// Noto Sans first where installed. The files stay at their addresses.

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
