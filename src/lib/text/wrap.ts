// Greedy line breaking for SVG <text> broken into <tspan x dy> lines (SVG has no wrapping). Runs
// at build time, for pages and exported files alike. A line fits when it fits in Noto Sans and in
// DejaVu Sans: an exported file is drawn by programs that ignore `textLength` (librsvg, Inkscape)
// in whatever font they find, and on many Linux machines that is DejaVu Sans alone, the widest
// fallback we name. Widths given back are Noto Sans's, the line's `textLength`.
import {
	baselineOffsetPx,
	lineHeightPx,
	measureUnitsIn,
	unitsToPxIn,
	type FontOptions,
	type FontWeight
} from './measure';

export interface WrapOptions extends FontOptions {
	/** Widest a line may be, in px. */
	maxWidth: number;
	/** Keep at most this many lines (an integer ≥ 1); the last one then ends with '…'. */
	maxLines?: number;
}

export interface WrappedLine {
	/** The line as drawn, without leading or trailing spaces. */
	text: string;
	/** Its width in px in Noto Sans (measureText): no wider than its width in DejaVu Sans. */
	width: number;
	/**
	 * What stood between this line and the next in the text: ' ' for a break at a space, ''
	 * after a hyphen, dash or slash, inside an over-long word, after '…' and on the last line.
	 */
	joiner: ' ' | '';
}

const ELLIPSIS = '…';
/**
 * Characters a line may break after when they sit inside a word: – — / and zero-width space.
 * Not the hyphen: a line ending in "open-" reads as a hyphenated word to PDF text extraction
 * (pdftotext gives back "openended"), so a hyphenated word stays on one line.
 */
export const BREAK_AFTER = new Set(['\u2013', '\u2014', '/', '\u200b']);
/** No-break spaces glue their neighbours: never break next to them. */
const GLUE = new Set(['\u00a0', '\u202f', '\u2060']);
/** Collapsible whitespace (as SVG and HTML collapse it); NBSP and other spaces are kept. */
const COLLAPSIBLE = /[ \t\n\r\f\v\u2028\u2029]+/g;
/** What to drop before an ellipsis: spaces and punctuation that would dangle ("word,…"). */
const BEFORE_ELLIPSIS = /[\s,;:.\-\u2010\u2013\u2014/]+$/u;

/** Collapses runs of spaces, tabs and line breaks to one space and trims them; NBSP is kept. */
export function normalizeWhitespace(text: string): string {
	return text.replace(COLLAPSIBLE, ' ').replace(/^ | $/g, '');
}

interface Piece {
	text: string;
	/** What joins this piece to the next one: ' ' between words, '' inside a word. */
	sep: ' ' | '';
}

/** Splits normalized text into unbreakable pieces, with the break opportunity after each. */
function pieces(text: string): Piece[] {
	const out: Piece[] = [];
	for (const word of text.split(' ')) {
		let start = 0;
		for (let i = 1; i < word.length - 1; i++) {
			const ch = word.charAt(i);
			if (
				BREAK_AFTER.has(ch) &&
				!GLUE.has(word.charAt(i - 1)) &&
				// "60-тан": a Kazakh case ending hyphenated to a number stays with it.
				!/\d/.test(word.charAt(i - 1)) &&
				!GLUE.has(word.charAt(i + 1)) &&
				!BREAK_AFTER.has(word.charAt(i + 1))
			) {
				out.push({ text: word.slice(start, i + 1), sep: '' });
				start = i + 1;
			}
		}
		out.push({ text: word.slice(start), sep: ' ' });
	}
	return out;
}

const segmenter =
	typeof Intl !== 'undefined' && 'Segmenter' in Intl
		? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
		: undefined;

/** User-perceived characters, so a letter and its combining accent stay together. */
function graphemes(text: string): string[] {
	return segmenter ? Array.from(segmenter.segment(text), (s) => s.segment) : Array.from(text);
}

/**
 * Breaks `text` into lines no wider than `maxWidth` px, in Noto Sans and in DejaVu Sans. Greedy: breaks at spaces, and after a
 * hyphen, en or em dash or slash inside a word; never inside a word unless that word alone is
 * wider than `maxWidth`, which is then broken between characters. NBSP never breaks.
 * Whitespace is normalized first (normalizeWhitespace); joining the lines with their
 * `joiner`s gives the normalized text back unless `maxLines` cut it short. A line is wider
 * than `maxWidth` in Noto Sans only if a single character (or '…') is, and in DejaVu Sans only if
 * a single word is. Empty text gives no lines.
 */
export function wrapLines(text: string, opts: WrapOptions): WrappedLine[] {
	const { maxWidth, size, maxLines } = opts;
	const weight: FontWeight = opts.weight ?? 400;
	if (maxLines !== undefined && !(Number.isInteger(maxLines) && maxLines >= 1)) {
		throw new RangeError(`maxLines must be an integer >= 1, got ${maxLines}`);
	}
	if (Number.isNaN(maxWidth) || !(size > 0)) {
		throw new RangeError(`bad maxWidth ${maxWidth} or size ${size}`);
	}
	const normalized = normalizeWhitespace(text);
	if (normalized === '') return [];

	// Widths are kept in each font's own integer units, so the widths of parts add up exactly.
	const measure = (t: string): Units => [
		measureUnitsIn('noto', t, weight),
		measureUnitsIn('dejavu', t, weight)
	];
	const fits = ([noto, dejavu]: Units) =>
		unitsToPxIn('noto', noto, size) <= maxWidth && unitsToPxIn('dejavu', dejavu, size) <= maxWidth;
	const lines: { text: string; units: Units; joiner: ' ' | '' }[] = [];
	let line = '';
	let lineUnits: Units = NONE;

	// Starts a new line with `piece`, breaking it between characters if it is too wide. A word
	// that fits in Noto Sans but not in DejaVu Sans stays whole: a word cut in two misreads in
	// every font, a slight overflow only in one.
	const fitsNoto = ([noto]: Units) => unitsToPxIn('noto', noto, size) <= maxWidth;
	const start = (piece: string) => {
		const units = measure(piece);
		if (fitsNoto(units)) {
			line = piece;
			lineUnits = units;
			return;
		}
		line = '';
		lineUnits = NONE;
		for (const g of graphemes(piece)) {
			const u = add(lineUnits, measure(g));
			if (line !== '' && !fitsNoto(u)) {
				lines.push({ text: line, units: lineUnits, joiner: '' });
				line = '';
				lineUnits = NONE;
			}
			line += g;
			lineUnits = add(lineUnits, measure(g));
		}
	};

	let sep: ' ' | '' = '';
	for (const piece of pieces(normalized)) {
		if (line === '') {
			start(piece.text);
		} else {
			const units = add(lineUnits, measure(sep + piece.text));
			if (fits(units)) {
				line += sep + piece.text;
				lineUnits = units;
			} else {
				lines.push({ text: line, units: lineUnits, joiner: sep });
				start(piece.text);
			}
		}
		sep = piece.sep;
	}
	lines.push({ text: line, units: lineUnits, joiner: '' });

	if (maxLines !== undefined && lines.length > maxLines) {
		lines.length = maxLines;
		const last = lines[maxLines - 1];
		if (last) Object.assign(last, ellipsize(last.text, fits, measure), { joiner: '' });
	}
	return lines.map((l) => ({
		text: l.text,
		width: unitsToPxIn('noto', l.units[0], size),
		joiner: l.joiner
	}));
}

/** A width in Noto Sans's units and in DejaVu Sans's. */
type Units = readonly [noto: number, dejavu: number];
const NONE: Units = [0, 0];
const add = (a: Units, b: Units): Units => [a[0] + b[0], a[1] + b[1]];

/** `text` shortened until it fits with '…' after it: whole words first, then characters. */
function ellipsize(
	text: string,
	fits: (units: Units) => boolean,
	measure: (text: string) => Units
): { text: string; units: Units } {
	let rest = text;
	for (;;) {
		const candidate = rest.replace(BEFORE_ELLIPSIS, '') + ELLIPSIS;
		const units = measure(candidate);
		if (fits(units) || candidate === ELLIPSIS) return { text: candidate, units };
		const space = rest.lastIndexOf(' ');
		rest = space > 0 ? rest.slice(0, space) : graphemes(rest).slice(0, -1).join('');
	}
}

/** The lines of wrapLines() as strings, one per `<tspan>`. */
export function wrapText(text: string, opts: WrapOptions): string[] {
	return wrapLines(text, opts).map((l) => l.text);
}

export interface TextBlock {
	lines: WrappedLine[];
	/** Width of the widest line, px. */
	width: number;
	/** lines.length × lineHeight, px. */
	height: number;
	/** Baseline-to-baseline distance, px: the `dy` of every `<tspan>` after the first. */
	lineHeight: number;
	/** From the top of the block to the first baseline, px: `y` of `<text>` is top + this. */
	baseline: number;
}

/**
 * Wraps `text` and lays the lines out as a block whose line boxes match CSS `line-height`.
 * `leading` is the line height as a multiple of `size` (default: the font's natural 1.362).
 *
 * ```svelte
 * <text x={x} y={top + block.baseline} font-family={FONT_FAMILY} font-size={size}>
 *   {#each block.lines as line, i (i)}
 *     <tspan x={x} dy={i === 0 ? 0 : block.lineHeight}>{line.text}</tspan>
 *   {/each}
 * </text>
 * ```
 */
export function layoutText(text: string, opts: WrapOptions & { leading?: number }): TextBlock {
	const lines = wrapLines(text, opts);
	const lineHeight = lineHeightPx(opts.size, opts.leading);
	return {
		lines,
		width: Math.max(0, ...lines.map((l) => l.width)),
		height: lines.length * lineHeight,
		lineHeight,
		baseline: baselineOffsetPx(opts.size, lineHeight)
	};
}
