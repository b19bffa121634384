import type { Segment } from '$lib/highlight';
import { highlight } from '$lib/highlight';
import { measureText } from '$lib/text/measure';
import { layoutText, type WrappedLine } from '$lib/text/wrap';
import type { CellKind } from './grid';

/** A wrapped text placed in a chart: one `<text>`, one `<tspan x dy>` per line. */
export interface PlacedText {
	x: number;
	/** Baseline of the first line. */
	y: number;
	/** The lines, each cut into segments; a marked segment (a number as printed) is drawn bold. */
	lines: PlacedLine[];
	size: number;
	weight: 400 | 700;
	lineHeight: number;
	/** Key of the colour in the theme. */
	tone: 'ink' | 'muted' | 'mark';
	/** A small square drawn before the text, as a legend key. */
	swatch?: CellKind;
}

/** One line of a placed text. */
export interface PlacedLine {
	/** The line's segments, each with its own width. */
	segments: (Segment & { width: number })[];
	/** Its width in px with the bundled font: drawn as the line's `textLength`, so a reader
	 *  that substitutes a wider font squeezes the line to fit instead of letting it overflow. */
	width: number;
}

export type TextStyle = Pick<PlacedText, 'size' | 'weight' | 'tone' | 'swatch'>;

/** One paragraph of a text column. */
export interface TextItem {
	text: string;
	style: TextStyle;
	/** The most lines it may take; the last then ends in "…". Unlimited when absent. */
	maxLines?: number;
	/** Phrases to mark in it (numbers as printed), each found in the text. */
	marks?: string[];
	/** Extra space above it, in px. */
	spaceBefore?: number;
}

export const SWATCH = 12;
const px = (n: number) => Math.round(n * 100) / 100;
const SWATCH_GAP = 6;

/** The plain text of a placed line. */
export const lineText = (line: PlacedLine): string => line.segments.map((s) => s.text).join('');

/**
 * Cuts wrapped lines into marked and plain segments. Wrapping only removes the spaces it breaks
 * at (each line's `joiner`), so offsets in the text map onto the lines one to one.
 */
function markLines(text: string, lines: WrappedLine[], marks: string[]): Segment[][] {
	if (marks.length === 0) return lines.map((l) => [{ text: l.text, marked: false }]);
	const marked = new Array<boolean>(text.length).fill(false);
	let at = 0;
	for (const segment of highlight(text, marks)) {
		marked.fill(segment.marked, at, at + segment.text.length);
		at += segment.text.length;
	}
	let start = 0;
	return lines.map((line) => {
		const segments: Segment[] = [];
		for (let i = 0; i < line.text.length; i++) {
			const m = marked[start + i] ?? false;
			const last = segments.at(-1);
			if (last && last.marked === m) last.text += line.text.charAt(i);
			else segments.push({ text: line.text.charAt(i), marked: m });
		}
		start += line.text.length + line.joiner.length;
		return segments;
	});
}

/** Stacks paragraphs into a column at (x, y) no wider than maxWidth; `bottom` is where it ends. */
export function textColumn(
	items: TextItem[],
	at: { x: number; y: number; maxWidth: number }
): { blocks: PlacedText[]; bottom: number } {
	let y = at.y;
	const blocks = items.map((item) => {
		const { style } = item;
		y += item.spaceBefore ?? 0;
		const indent = style.swatch ? SWATCH + SWATCH_GAP : 0;
		// Marked phrases are drawn bold: measure the whole text bold so they never overflow.
		const weight = item.marks?.length ? 700 : style.weight;
		const layout = layoutText(item.text, {
			size: style.size,
			weight,
			maxWidth: Math.max(at.maxWidth - indent, style.size),
			maxLines: item.maxLines
		});
		const block: PlacedText = {
			...style,
			x: at.x + indent,
			y: Math.round(y + layout.baseline),
			lines: markLines(item.text, layout.lines, item.marks ?? []).map((segments) => {
				const measured = segments.map((seg) => {
					const weight = seg.marked ? 700 : style.weight;
					return { ...seg, width: px(measureText(seg.text, { size: style.size, weight })) };
				});
				return { segments: measured, width: px(measured.reduce((w, seg) => w + seg.width, 0)) };
			}),
			lineHeight: Math.round(layout.lineHeight),
			size: style.size
		};
		y += Math.round(layout.lineHeight) * layout.lines.length + Math.round(style.size * 0.5);
		return block;
	});
	return { blocks, bottom: y };
}
