// Builds the advance-width tables in noto-sans-metrics.json and dejavu-sans-metrics.json from the
// fonts' TTFs.
// Plain JS with JSDoc so that both `node scripts/font-metrics.js` (Node 20 cannot run TS) and the
// test that checks the committed JSON is up to date use the same code.

/** The TTFs the table is read from, relative to the repository root. */
export const TTF_FILES = /** @type {const} */ ({
	400: 'node_modules/@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
	700: 'node_modules/@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'
});

/** Where the script writes the table, relative to the repository root. */
export const METRICS_FILE = 'src/lib/text/noto-sans-metrics.json';

/**
 * DejaVu Sans, the widest fallback the exported files name, as Debian's fonts-dejavu-core
 * installs it (absolute paths: it is not an npm package). Only `npm run fonts:metrics` and the
 * test that checks the committed table need it; builds read the committed table.
 */
export const DEJAVU_TTF_FILES = /** @type {const} */ ({
	400: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
	700: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'
});

/** Where the script writes DejaVu Sans's table, relative to the repository root. */
export const DEJAVU_METRICS_FILE = 'src/lib/text/dejavu-sans-metrics.json';

/**
 * The Unicode blocks tabled. A code point is listed only if the font maps it to a glyph, so
 * gaps (≥ ≤ → are not in Noto Sans) fall to `fallbackAdvance` when measured.
 * @type {ReadonlyArray<readonly [number, number]>}
 */
export const TABLED_BLOCKS = [
	[0x0020, 0x007e], // Basic Latin, printable
	[0x00a0, 0x00ff], // Latin-1 Supplement, printable (NBSP, «», °, ×)
	[0x0100, 0x017f], // Latin Extended-A (Kazakh Latin alphabet: Ğ İ Ş Ū)
	[0x0300, 0x036f], // Combining Diacritical Marks (stress accent U+0301)
	[0x0400, 0x04ff], // Cyrillic, incl. Kazakh ә ғ қ ң ө ұ ү һ і
	[0x0500, 0x052f], // Cyrillic Supplement
	[0x2000, 0x206f], // General Punctuation (– — ‘ ’ “ ” … narrow NBSP)
	[0x20a0, 0x20cf], // Currency Symbols (€ ₸ ₽)
	[0x2100, 0x214f], // Letterlike Symbols (№ ™)
	[0x2190, 0x21ff], // Arrows
	[0x2200, 0x22ff], // Mathematical Operators (− ∕)
	[0xfeff, 0xfeff] // zero-width no-break space (BOM)
];

/**
 * Code points that render with no width (soft hyphen, zero-width space and joiners, bidi
 * controls, word joiner, invisible operators, BOM). The font gives some of them a glyph with an
 * advance, but browsers do not draw them, so they are tabled as 0 whether the font maps them
 * or not.
 * @param {number} cp
 */
export function isZeroWidth(cp) {
	return (
		cp === 0x00ad ||
		(cp >= 0x200b && cp <= 0x200f) ||
		(cp >= 0x202a && cp <= 0x202e) ||
		(cp >= 0x2060 && cp <= 0x206f) ||
		cp === 0xfeff
	);
}

/**
 * @typedef {object} WeightMetrics
 * @property {Record<string, number[]>} ranges Runs of consecutive code points: the key is the
 *   first code point as "U+XXXX", the value the advance of each code point in font units.
 */

/**
 * @typedef {object} NotoMetrics
 * @property {string} font Family and version the table was read from.
 * @property {number} unitsPerEm
 * @property {number} ascent hhea/typo ascender, font units, positive.
 * @property {number} descent hhea/typo descender, font units, negative.
 * @property {number} lineGap
 * @property {number} fallbackAdvance Advance for code points not in the table (1 em: they are
 *   drawn by some other font, so an upper bound keeps wrapped lines from overflowing).
 * @property {{ 400: WeightMetrics; 700: WeightMetrics }} weights
 */

/**
 * The subset of a fontkit Font this builder reads (keeps fontkit out of browser bundles).
 * @typedef {object} FontLike
 * @property {string} familyName
 * @property {string | number} version fontkit returns the name table's string ("Version 2.015").
 * @property {number} unitsPerEm
 * @property {number} ascent
 * @property {number} descent
 * @property {number} lineGap
 * @property {(cp: number) => boolean} hasGlyphForCodePoint
 * @property {(cp: number) => { advanceWidth: number }} glyphForCodePoint
 */

/** @param {number} cp */
function key(cp) {
	return 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');
}

/**
 * @param {FontLike} font
 * @returns {WeightMetrics}
 */
function buildWeight(font) {
	/** @type {Record<string, number[]>} */
	const ranges = {};
	for (const [first, last] of TABLED_BLOCKS) {
		/** @type {number[] | undefined} */
		let run;
		for (let cp = first; cp <= last; cp++) {
			if (!font.hasGlyphForCodePoint(cp) && !isZeroWidth(cp)) {
				run = undefined;
				continue;
			}
			const advance = isZeroWidth(cp) ? 0 : font.glyphForCodePoint(cp).advanceWidth;
			if (!Number.isInteger(advance) || advance < 0) {
				throw new Error(`${key(cp)}: unexpected advance ${advance}`);
			}
			if (!run) {
				run = [];
				ranges[key(cp)] = run;
			}
			run.push(advance);
		}
	}
	return { ranges };
}

/**
 * Reads the metrics table from the regular and bold fonts. Pure and deterministic.
 * @param {{ 400: FontLike; 700: FontLike }} fonts
 * @returns {NotoMetrics}
 */
export function buildMetrics(fonts) {
	const regular = fonts[400];
	const bold = fonts[700];
	for (const prop of /** @type {const} */ (['unitsPerEm', 'ascent', 'descent', 'lineGap'])) {
		if (regular[prop] !== bold[prop]) {
			throw new Error(`${prop} differs between weights: ${regular[prop]} vs ${bold[prop]}`);
		}
	}
	return {
		font: `${regular.familyName} ${regular.version}`,
		unitsPerEm: regular.unitsPerEm,
		ascent: regular.ascent,
		descent: regular.descent,
		lineGap: regular.lineGap,
		fallbackAdvance: regular.unitsPerEm,
		weights: { 400: buildWeight(regular), 700: buildWeight(bold) }
	};
}
