import { formatMarkLabel, formatValue } from '$lib/format';
import type { Fact, Lang } from '$lib/data/types';
import { t } from '$lib/i18n';
import { cellSize, gridCells, type Cell } from '../grid';
import { textBlock, type TextBlock } from '../text-block';
import { TYPE } from '../theme';

export interface WaffleLayout {
	width: number;
	height: number;
	cells: Cell[];
	blocks: TextBlock[];
}

const SIDE = 10;
const GAP = 3;
const MAX_CELL = 18;
const PAD = { top: 4, bottom: 4 } as const;
const TEXT_GAP = 20;

/**
 * A share as 100 squares: solid for the share the article states; for "more than", the rest is
 * hatched, since the unstated excess lies somewhere in it; for an exact share, the rest is plain.
 * Beside the grid: the share in large type and a legend. The height never depends on the width.
 */
export function layoutWaffle(fact: Fact, width: number, lang: Lang = 'en'): WaffleLayout {
	const stated = Math.floor(fact.value);
	const rest = 100 - stated;
	const open = fact.bound === 'more-than' || fact.bound === 'at-least';
	const size = cellSize(Math.min(width * 0.45, SIDE * (MAX_CELL + GAP)), SIDE, GAP, MAX_CELL);
	const gridSide = SIDE * (size + GAP) - GAP;
	const fullSide = SIDE * (MAX_CELL + GAP) - GAP;
	const cells = gridCells(
		[
			{ count: stated, kind: 'solid' },
			{ count: rest, kind: open ? 'hatched' : 'empty' }
		],
		{ cols: SIDE, size, gap: GAP, x: 0, y: PAD.top }
	);

	const x = gridSide + TEXT_GAP;
	const maxWidth = width - x;
	const blocks: TextBlock[] = [];
	let y: number = PAD.top;
	const add = (text: string, style: Parameters<typeof textBlock>[2], maxLines: number) => {
		const { block, nextY } = textBlock(text, { x, y, maxWidth, maxLines }, style);
		blocks.push(block);
		y = nextY;
	};
	const legend = { size: TYPE.sub, weight: 400, tone: 'muted' } as const;
	add(formatMarkLabel(fact, lang), { size: TYPE.big, weight: 700, tone: 'ink' }, 1);
	add(
		`${stated} ${t('squares', lang)}: ${t('shareStated', lang)} (${formatValue(stated, 'percent', lang)})`,
		{ ...legend, swatch: 'solid' },
		3
	);
	add(
		`${rest} ${t('squares', lang)}: ${t(open ? 'shareOpen' : 'shareRest', lang)}`,
		{ ...legend, swatch: open ? 'hatched' : undefined },
		5
	);

	// 1 + 3 + 5 lines of text fit beside the full-size grid at any width, so the height is fixed.
	return { width, height: PAD.top + fullSide + PAD.bottom, cells, blocks };
}
