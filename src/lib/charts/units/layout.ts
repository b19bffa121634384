import { formatFigure, formatMarkLabel } from '$lib/format';
import type { Fact, Lang } from '$lib/data/types';
import { t } from '$lib/i18n';
import { cellSize, gridCells, type Cell } from '../grid';
import { textBlock, type TextBlock } from '../text-block';
import { TYPE } from '../theme';

export interface UnitsLayout {
	width: number;
	height: number;
	cells: Cell[];
	blocks: TextBlock[];
}

const COLS = 10;
const GAP = 4;
const MAX_CELL = 20;
const PAD = { top: 4, bottom: 4 } as const;
const TEXT_GAP = 20;

/**
 * One square per counted thing (the first fact), `COLS` to a row; a lower bound adds a row of
 * dashed, fading squares for the unpublished "more". Beside the grid: the count in large type,
 * what is counted, the second fact (e.g. the documents' value) if any, and a legend. The height
 * depends only on the count, never on the width.
 */
export function layoutUnits(facts: Fact[], width: number, lang: Lang = 'en'): UnitsLayout {
	const [count, value] = facts;
	if (!count) throw new Error('a units chart needs a count');
	const open = count.bound === 'more-than' || count.bound === 'at-least';
	const solidRows = Math.ceil(count.value / COLS);
	const rows = solidRows + (open ? 1 : 0);
	const gridHeight = rows * (MAX_CELL + GAP) - GAP;

	const size = cellSize(Math.min(width * 0.5, COLS * (MAX_CELL + GAP)), COLS, GAP, MAX_CELL);
	const gridWidth = COLS * (size + GAP) - GAP;
	const cells = gridCells(
		[
			{ count: count.value, kind: 'solid' },
			{ count: open ? COLS : 0, kind: 'open', fade: true }
		],
		{ cols: COLS, size, gap: GAP, x: 0, y: PAD.top }
	);

	const x = gridWidth + TEXT_GAP;
	const maxWidth = width - x;
	const blocks: TextBlock[] = [];
	let y: number = PAD.top;
	// The text may wrap to fewer lines on a wide chart; the height reserves the most it may take.
	let reserved: number = PAD.top;
	const add = (text: string, style: Parameters<typeof textBlock>[2], maxLines = 2) => {
		const { block, nextY } = textBlock(text, { x, y, maxWidth, maxLines }, style);
		blocks.push(block);
		reserved += nextY - y + (maxLines - block.lines.length) * block.lineHeight;
		y = nextY;
	};
	add(formatMarkLabel(count, lang), { size: TYPE.big, weight: 700, tone: 'ink' }, 1);
	add(count.countOf?.[lang] ?? '', { size: TYPE.label, weight: 700, tone: 'ink' });
	if (value) {
		add(`${t('worth', lang)} ${formatFigure(value, lang)} ${t('inTotal', lang)}`, {
			size: TYPE.label,
			weight: 400,
			tone: 'ink'
		});
	}
	y += 4;
	reserved += 4;
	const legend = { size: TYPE.sub, weight: 400, tone: 'muted' } as const;
	add(`${t('eachSquare', lang)} ${count.countOf?.[lang] ?? ''}`, { ...legend, swatch: 'solid' });
	if (open) {
		add(
			`“${formatMarkLabel(count, lang)}”: ${t('boundOpenUnits', lang)}`,
			{ ...legend, swatch: 'open' },
			3
		);
	}

	return { width, height: Math.max(PAD.top + gridHeight, reserved) + PAD.bottom, cells, blocks };
}
