import { formatFigure, formatMarkLabel } from '$lib/format';
import { quote } from '$lib/typography';
import { nounFor, oneOfThe } from '$lib/words/plural';
import type { Fact, Lang } from '$lib/data/types';
import { word } from './words';
import { gridCells, type Cell } from '../core/grid';
import { textColumn, type PlacedText, type TextItem } from '../core/placed-text';
import { TYPE } from '../core/theme';

export interface UnitsLayout {
	width: number;
	height: number;
	cells: Cell[];
	blocks: PlacedText[];
}

const COLS = 10;
const CELL = 16;
const GAP = 3;
const PAD = { top: 4, bottom: 4 } as const;
const TEXT_GAP = 20;

/**
 * One square per counted thing (the first fact), `COLS` to a row; a lower bound adds a row of
 * dashed, fading squares for the unpublished "more"; a range draws its low end solid and dashed
 * squares (not fading: their number is stated) up to its high end; "about" draws the round
 * figure it gives, said to be one by "~" and a legend line. Beside the grid: the count in large type,
 * what is counted, the second fact (e.g. the documents' value) if any, and a legend.
 * The height is what the grid or the text needs at this width, whichever is taller.
 */
export function layoutUnits(facts: Fact[], width: number, lang: Lang): UnitsLayout {
	const [count, value] = facts;
	if (!count) throw new Error('a units chart needs a count');
	const open = count.bound === 'more-than' || count.bound === 'at-least';
	const spread = count.bound === 'range' ? (count.max ?? count.value) - count.value : 0;
	const rows = Math.ceil((count.value + spread) / COLS) + (open ? 1 : 0);
	const cells = gridCells(
		[
			{ count: count.value, kind: 'solid' },
			{ count: open ? COLS : 0, kind: 'open', fade: true },
			{ count: spread, kind: 'open' }
		],
		{ cols: COLS, size: CELL, gap: GAP, x: 0, y: PAD.top }
	);

	const legend = { size: TYPE.sub, weight: 400, tone: 'muted' } as const;
	const items: TextItem[] = [
		{
			text: formatMarkLabel(count, lang),
			style: { size: TYPE.big, weight: 700, tone: 'ink' },
			maxLines: 1
		},
		{
			text: count.countOf
				? nounFor(count.max ?? count.value, count.countOf, lang, {
						genitive: open || count.bound === 'about'
					})
				: '',
			style: { size: TYPE.label, weight: 700, tone: 'ink' },
			maxLines: 2
		}
	];
	if (value) {
		items.push({
			text: [word('worth', lang), formatFigure(value, lang), word('inTotal', lang)]
				.filter(Boolean)
				.join(' '),
			style: { size: TYPE.label, weight: 400, tone: 'ink' },
			maxLines: 3
		});
	}
	items.push({
		text: `${word('eachSquare', lang)} ${count.countOf ? oneOfThe(count.countOf, lang) : ''}`,
		style: { ...legend, swatch: 'solid' },
		maxLines: 3,
		spaceBefore: 4
	});
	if (open) {
		items.push({
			text: `${quote(formatMarkLabel(count, lang), lang)}: ${word('boundOpenUnits', lang)}`,
			style: { ...legend, swatch: 'open' },
			maxLines: 4
		});
	}
	if (spread > 0) {
		items.push({
			text: `${quote(formatMarkLabel(count, lang), lang)}: ${word('boundRangeUnits', lang)}`,
			style: { ...legend, swatch: 'open' },
			maxLines: 4
		});
	}
	if (count.bound === 'about') {
		items.push({
			text: `${quote(formatMarkLabel(count, lang), lang)}: ${word('boundAboutUnits', lang)}`,
			style: legend,
			maxLines: 4
		});
	}

	const x = COLS * (CELL + GAP) - GAP + TEXT_GAP;
	const at = { x, y: PAD.top };
	const { blocks, bottom } = textColumn(items, { ...at, maxWidth: width - x });
	const gridBottom = PAD.top + rows * (CELL + GAP) - GAP;
	return { width, height: Math.max(gridBottom, bottom) + PAD.bottom, cells, blocks };
}
