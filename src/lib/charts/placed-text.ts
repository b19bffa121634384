import type { Segment } from '$lib/highlight';
import { highlight } from '$lib/highlight';
import { layoutText, type WrappedLine } from '$lib/text/wrap';
import type { CellKind } from './grid';

/** A wrapped text placed in a chart: one `<text>`, one `<tspan x dy>` per line. */
export interface PlacedText {
	x: number;
	/** Baseline of the first line. */
	y: number;
	/** Each line as segments; a marked segment (a number as printed) is drawn bold. */
	lines: Segment[][];
	size: number;
	weight: 400 | 700;
	lineHeight: number;
	/** Key of the colour in the theme. */
	tone: 'ink' | 'muted' | 'mark';
	/** A small square drawn before the text, as a legend key. */
	swatch?: CellKind;
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
const SWATCH_GAP = 6;

/** The plain text of a placed line. */
export const lineText = (line: Segment[]): string => line.map((s) => s.text).join('');

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
			lines: markLines(item.text, layout.lines, item.marks ?? []),
			lineHeight: Math.round(layout.lineHeight),
			size: style.size
		};
		y += Math.round(layout.lineHeight) * layout.lines.length + Math.round(style.size * 0.5);
		return block;
	});
	return { blocks, bottom: y };
}
