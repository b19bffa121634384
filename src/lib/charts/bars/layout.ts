import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { BOUND_WORDS, formatMarkLabel, formatValue } from '$lib/format';
import type { Fact, Lang } from '$lib/data/types';
import { measureText } from '$lib/text/measure';
import { wrapText } from '$lib/text/wrap';
import type { LabelledRow } from '../core/labelled-row';
import { TYPE } from '../core/theme';

/** One bar: the figure, where it sits, and what is written beside it. */
export interface BarRow extends LabelledRow {
	/**
	 * Right end of the solid bar, px from the left edge: the value the article states, or a
	 * range's low end; 0 for an upper bound, whose figure the article does not state.
	 */
	barEnd: number;
	/** For a lower bound: the open tail that says "and more", from barEnd to tailEnd. */
	tailEnd: number;
	/**
	 * What is drawn from barEnd to bandEnd: for a range, a tinted, outlined band up to its high
	 * end (the figure lies somewhere inside it); for an upper bound ("up to", "less than"), a
	 * dashed, unfilled outline from zero to the bound and a solid line at it (the figure is
	 * somewhere below it, how far is not said). `none` for other bounds (bandEnd = barEnd).
	 */
	band: 'none' | 'range' | 'upper';
	bandEnd: number;
	/** Where the value label starts, and whether it sits inside the bar (on the mark's colour). */
	valueX: number;
	valueInside: boolean;
}

export interface BarsLayout {
	width: number;
	height: number;
	/** The one x scale of the chart: value → px from the left edge. */
	x: ScaleLinear<number, number>;
	rows: BarRow[];
	/** The scale's ticks, each with its label and the label's measured width (its `textLength`). */
	ticks: { value: number; x: number; label: string; width: number }[];
	/** Baseline of the tick labels. */
	tickY: number;
}

const ROW = { label: 16, sub: 16, gap: 6, bar: 26, after: 18 } as const;
const PAD = { top: 4, right: 8, bottom: 26 } as const;
const TAIL = 28;
const LABEL_GAP = 6;
/** Lengths to 1/100 px, like positions: finer is invisible and only makes files bigger. */
const hundredths = (px: number) => Math.round(px * 100) / 100;

/**
 * Lays out horizontal bars, one per fact, on one zero-based linear scale. The height depends only
 * on the number of bars, never on the width, so a chart that re-lays out to its container's width
 * on the client never changes height.
 */
export function layoutBars(facts: Fact[], width: number, lang: Lang): BarsLayout {
	const rowHeight = ROW.label + ROW.sub + ROW.gap + ROW.bar + ROW.after;
	const height = PAD.top + facts.length * rowHeight + PAD.bottom;
	const plotWidth = width - PAD.right;
	const max = Math.max(...facts.map((f) => f.max ?? f.value));

	const valueLabels = facts.map((f) => formatMarkLabel(f, lang));
	const widest = Math.max(
		...valueLabels.map((l) => measureText(l, { size: TYPE.value, weight: 700 }))
	);
	const hasTail = facts.some((f) => f.bound === 'more-than' || f.bound === 'at-least');
	// The largest bar leaves room after it for its tail and its label, so nothing is clipped.
	const reserve = (hasTail ? TAIL : 0) + LABEL_GAP + widest;
	const x = scaleLinear()
		.domain([0, max])
		// Positions to 1/100 px: finer is invisible and only makes the exported files bigger.
		.interpolate((a, b) => (t) => Math.round((a + (b - a) * t) * 100) / 100)
		.range([0, Math.max(plotWidth - reserve, plotWidth * 0.4)]);

	const rows = facts.map((fact, i): BarRow => {
		const top = PAD.top + i * rowHeight;
		const { band, barEnd, bandEnd } = extent(fact, x);
		const open = fact.bound === 'more-than' || fact.bound === 'at-least';
		const tailEnd = open ? barEnd + TAIL : barEnd;
		const valueLabel = valueLabels[i] ?? '';
		const labelWidth = measureText(valueLabel, { size: TYPE.value, weight: 700 });
		const outside = Math.max(tailEnd, bandEnd) + LABEL_GAP;
		// Only on a plain solid bar: inside a range's low end, the label would seem to name it alone.
		const valueInside =
			band === 'none' &&
			outside + labelWidth > plotWidth + 0.5 &&
			barEnd > labelWidth + 2 * LABEL_GAP;
		const label = oneLine(fact.label[lang], plotWidth, TYPE.label, 700);
		// "~" on the mark is keyed in words first on the line, where a narrow chart never cuts it.
		const approx = fact.bound === 'about' ? `~: ${BOUND_WORDS.about[lang]} · ` : '';
		const sub = oneLine(
			`${approx}${fact.kind.name[lang]} · ${fact.period[lang]}`,
			plotWidth,
			TYPE.sub,
			400
		);
		return {
			fact,
			label,
			sub,
			valueLabel,
			widths: {
				label: hundredths(measureText(label, { size: TYPE.label, weight: 700 })),
				sub: hundredths(measureText(sub, { size: TYPE.sub })),
				value: hundredths(labelWidth)
			},
			labelY: top + 12,
			subY: top + ROW.label + 12,
			barY: top + ROW.label + ROW.sub + ROW.gap,
			barHeight: ROW.bar,
			barEnd,
			tailEnd,
			band,
			bandEnd,
			valueX: valueInside ? barEnd - LABEL_GAP - labelWidth : outside,
			valueInside
		};
	});

	const unit = facts[0]?.unit ?? 'USD';
	const tickAt = (value: number) => {
		const label = formatValue(value, unit, lang);
		return {
			value,
			x: x(value),
			label,
			width: hundredths(measureText(label, { size: TYPE.tick }))
		};
	};
	// As many ticks as fit with room between their labels: "5 bn tenge" needs more than "$5 bn".
	let ticks: ReturnType<typeof tickAt>[] = [];
	for (let count = Math.max(2, Math.floor(plotWidth / 90)); count >= 1; count--) {
		ticks = x
			.ticks(count)
			.filter((v) => x(v) <= plotWidth)
			.map(tickAt);
		if (ticks.every((t, i) => i === 0 || tickEdges(ticks[i - 1]!)[1] + 12 <= tickEdges(t)[0]))
			break;
	}

	return { width, height, x, rows, ticks, tickY: height - 8 };
}

/** A tick label's left and right edges: zero's starts at its tick, the others are centred on theirs. */
const tickEdges = (t: { value: number; x: number; width: number }): [number, number] =>
	t.value === 0 ? [t.x, t.x + t.width] : [t.x - t.width / 2, t.x + t.width / 2];

/** Where a bar's solid part and its band end, by the figure's bound. */
function extent(fact: Fact, x: ScaleLinear<number, number>) {
	if (fact.bound === 'range' && fact.max !== undefined)
		return { band: 'range' as const, barEnd: x(fact.value), bandEnd: x(fact.max) };
	if (fact.bound === 'at-most' || fact.bound === 'less-than')
		return { band: 'upper' as const, barEnd: 0, bandEnd: x(fact.value) };
	return { band: 'none' as const, barEnd: x(fact.value), bandEnd: x(fact.value) };
}

/** The text on one line, cut with "…" where the plot is too narrow; the page repeats it in full. */
function oneLine(text: string, maxWidth: number, size: number, weight: 400 | 700): string {
	return wrapText(text, { maxWidth, size, weight, maxLines: 1 })[0] ?? '';
}
