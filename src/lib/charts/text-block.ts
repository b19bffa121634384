import { measureText } from '$lib/text/measure';
import { wrapText } from '$lib/text/wrap';
import type { CellKind } from './grid';

/** Text drawn as lines of `<tspan>`s, wrapped with the font's real metrics so it never overflows. */
export interface TextBlock {
	x: number;
	/** Baseline of the first line. */
	y: number;
	lines: string[];
	size: number;
	weight: 400 | 700;
	lineHeight: number;
	/** Key of the colour in the theme. */
	tone: 'ink' | 'muted';
	/** A small square drawn before the text, as a legend key. */
	swatch?: CellKind;
}

export const SWATCH = 12;
const SWATCH_GAP = 6;

/**
 * Wraps text into a block at (x, y) no wider than maxWidth; returns the block and the y where
 * the next block may start.
 */
export function textBlock(
	text: string,
	at: { x: number; y: number; maxWidth: number; maxLines?: number },
	style: Pick<TextBlock, 'size' | 'weight' | 'tone' | 'swatch'>
): { block: TextBlock; nextY: number } {
	const lineHeight = Math.round(style.size * 1.35);
	const indent = style.swatch ? SWATCH + SWATCH_GAP : 0;
	const lines = wrapText(text, {
		maxWidth: Math.max(at.maxWidth - indent, measureText('M', style)),
		size: style.size,
		weight: style.weight,
		maxLines: at.maxLines
	});
	const block: TextBlock = { ...style, x: at.x + indent, y: at.y + style.size, lines, lineHeight };
	return { block, nextY: at.y + lines.length * lineHeight + Math.round(style.size * 0.5) };
}

/** One paragraph of a text column: its text, its style, how many lines it may take. */
export interface TextItem {
	text: string;
	style: Pick<TextBlock, 'size' | 'weight' | 'tone' | 'swatch'>;
	maxLines: number;
	/** Extra space above it, in px. */
	spaceBefore?: number;
}

/** Stacks paragraphs into a column at (x, y); `bottom` is where the last one ends. */
export function textColumn(
	items: TextItem[],
	at: { x: number; y: number; maxWidth: number }
): { blocks: TextBlock[]; bottom: number } {
	let y = at.y;
	const blocks = items.map((item) => {
		const { block, nextY } = textBlock(
			item.text,
			{ x: at.x, y: y + (item.spaceBefore ?? 0), maxWidth: at.maxWidth, maxLines: item.maxLines },
			item.style
		);
		y = nextY;
		return block;
	});
	return { blocks, bottom: y };
}
