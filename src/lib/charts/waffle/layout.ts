import { formatMarkLabel, formatValue, quoteHedge } from '$lib/format';
import { NBSP } from '$lib/typography';
import { nounFor } from '$lib/words/plural';
import type { Fact, Lang } from '$lib/data/types';
import { SQUARE, word } from './words';
import { gridCells, type Cell } from '../core/grid';
import { textColumn, type PlacedText, type TextItem } from '../core/placed-text';
import { TYPE } from '../core/theme';

export interface WaffleLayout {
	width: number;
	height: number;
	cells: Cell[];
	blocks: PlacedText[];
}

const SIDE = 10;
const CELL = 15;
const GAP = 3;
const PAD = { top: 4, bottom: 4 } as const;
const TEXT_GAP = 20;

/** A share in percent: a fraction (0.333…) as the percentage it is. */
const percentOf = (value: number, unit: Fact['unit']) =>
	unit === 'fraction' ? value * 100 : value;

/**
 * A share as 100 squares: solid for the share the article states; for "more than", the rest is
 * hatched, since the unstated excess lies somewhere in it; for an exact or "about" share, the
 * rest is plain ("about" says so with "~" and a legend line). For an upper bound ("less than",
 * "up to"), no square is solid: the squares up to the bound are hatched, since the share lies
 * somewhere inside them, and the rest is plain. For a range, solid to its low end, hatched to
 * its high end, plain beyond.
 * Beside the grid: the share in large type and a legend. The height is what the grid or the
 * text needs at this width, whichever is taller.
 */
export function layoutWaffle(fact: Fact, width: number, lang: Lang): WaffleLayout {
	const upper = fact.bound === 'less-than' || fact.bound === 'at-most';
	const range = fact.bound === 'range';
	const open = fact.bound === 'more-than' || fact.bound === 'at-least';
	const low = percentOf(fact.value, fact.unit);
	const high = percentOf(fact.max ?? fact.value, fact.unit);
	const stated = upper ? 0 : Math.floor(low);
	const bounded = upper ? Math.ceil(low) : range ? Math.ceil(high) - stated : 0;
	const rest = 100 - stated - bounded;
	const cells = gridCells(
		[
			{ count: stated, kind: 'solid' },
			{ count: bounded, kind: 'hatched' },
			{ count: rest, kind: open ? 'hatched' : 'empty' }
		],
		{ cols: SIDE, size: CELL, gap: GAP, x: 0, y: PAD.top }
	);

	const legend = { size: TYPE.sub, weight: 400, tone: 'muted' } as const;
	const squares = (n: number) => `${n}${NBSP}${nounFor(n, SQUARE, lang)}`;
	const openNote = () =>
		word('shareOpen', lang).replace('{hedge}', quoteHedge(fact.hedge ?? '', lang));
	const stateNote = fact.bound === 'about' ? word('shareAbout', lang) : word('shareStated', lang);
	const items: TextItem[] = [
		{
			text: formatMarkLabel(fact, lang),
			style: { size: TYPE.big, weight: 700, tone: 'ink' },
			maxLines: 1
		},
		upper
			? {
					text: `${squares(bounded)}: ${word(fact.bound === 'at-most' ? 'shareAtMost' : 'shareUpper', lang)}`,
					style: { ...legend, swatch: 'hatched' },
					maxLines: 4
				}
			: {
					text: `${squares(stated)}: ${range ? word('shareLow', lang) : stateNote} (${formatValue(stated, 'percent', lang)})`,
					style: { ...legend, swatch: 'solid' },
					maxLines: 4
				},
		...(range
			? [
					{
						text: `${squares(bounded)}: ${word('shareRange', lang)} (${formatValue(stated + bounded, 'percent', lang)})`,
						style: { ...legend, swatch: 'hatched' as const },
						maxLines: 4
					}
				]
			: []),
		{
			text: `${squares(rest)}: ${upper || range ? word('shareBeyond', lang) : open ? openNote() : word('shareRest', lang)}`,
			style: { ...legend, swatch: open ? 'hatched' : 'empty' },
			maxLines: 6
		}
	];

	const side = SIDE * (CELL + GAP) - GAP;
	const x = side + TEXT_GAP;
	const at = { x, y: PAD.top };
	const { blocks, bottom } = textColumn(items, { ...at, maxWidth: width - x });
	return { width, height: Math.max(PAD.top + side, bottom) + PAD.bottom, cells, blocks };
}
