import type { Fact } from '$lib/data/types';

/**
 * A row of a bar-like chart (bars, signed change bars): the figure, its two label lines above
 * the bar and the value label beside it, with where each sits.
 */
export interface LabelledRow {
	fact: Fact;
	/** The figure's name, e.g. "Japan’s investment in Kazakhstan". */
	label: string;
	/**
	 * What kind of figure it is and its period, e.g. "cumulative investment · up to December 2025"
	 * (a change first says which way it went); for an approximate figure, first what its "~"
	 * means: "~: about · trade in one year · 2030".
	 */
	sub: string;
	/** The value as drawn beside the mark: "$8.5 bn+", "+62%", "−5%". */
	valueLabel: string;
	/**
	 * The measured widths of label, sub and valueLabel in Noto Sans, px: each text's `textLength`,
	 * so that a fallback font draws it in the same box.
	 */
	widths: { label: number; sub: number; value: number };
	/** Baselines of the two label lines. */
	labelY: number;
	subY: number;
	/** Top of the bar and its thickness. */
	barY: number;
	barHeight: number;
}
