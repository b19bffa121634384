import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { BOUND_WORDS, changeSign, formatMarkLabel, formatValue } from '$lib/format';
import type { Change, Fact, Lang } from '$lib/data/types';
import { measureText, measureWidest } from '$lib/text/measure';
import { wrapText } from '$lib/text/wrap';
import type { LabelledRow } from '../core/labelled-row';
import { TYPE } from '../core/theme';
import { word } from './words';

/** A stretch of a row between two x positions, px from the left edge, `from` at the zero side. */
export interface Span {
	from: number;
	to: number;
}

/** One change: the figure, its signed bar from the zero line, and what is written beside it. */
export interface ChangeRow extends LabelledRow {
	change: Change;
	/**
	 * The solid bar, from zero to the size the article states (a range's low end): to the right
	 * for a rise, to the left for a fall. Absent for an upper bound, whose size is not stated.
	 */
	solid?: Span;
	/** For a lower bound: the open tail that says "and more", away from zero; `to` is the arrow's tip. */
	tail?: Span;
	/**
	 * For a range, the band from its low to its high end (the size lies inside it); for an upper
	 * bound, the dashed outline from zero to the bound, with a solid line at `to`.
	 */
	band?: Span & { kind: 'range' | 'upper' };
	/**
	 * Where the value label starts: after a rise, or ending before a fall in whichever of Noto Sans
	 * and DejaVu Sans is wider (a start, not an end anchor: renderers that ignore textLength
	 * then still end it before the bar).
	 */
	valueX: number;
}

export interface ChangeLayout {
	width: number;
	height: number;
	/** The one x scale of the chart: signed value (a fall negative) → px from the left edge. */
	x: ScaleLinear<number, number>;
	/** The zero line, px from the left edge. */
	zero: number;
	rows: ChangeRow[];
	/**
	 * The scale's ticks with their signed labels: each label's measured width and where it starts
	 * (centred on its tick, or kept inside the plot at either edge).
	 */
	ticks: { value: number; x: number; label: string; width: number; labelX: number }[];
	/** Baseline of the tick labels. */
	tickY: number;
}

type Anchor = 'start' | 'middle' | 'end';

const ROW = { label: 16, sub: 16, gap: 6, bar: 26, after: 18 } as const;
const PAD = { top: 4, right: 8, bottom: 26 } as const;
const TAIL = 28;
const LABEL_GAP = 6;
/** Lengths to 1/100 px, like positions: finer is invisible and only makes files bigger. */
const hundredths = (px: number) => Math.round(px * 100) / 100;

const direction = (f: Fact): Change => {
	if (!f.change) throw new Error(`fact "${f.id}" is not a change: a change chart draws changes`);
	return f.change;
};
const sign = (c: Change) => (c === 'up' ? 1 : -1);
const isOpen = (f: Fact) => f.bound === 'more-than' || f.bound === 'at-least';
const isUpper = (f: Fact) => f.bound === 'less-than' || f.bound === 'at-most';

/**
 * Lays out one signed bar per change on one linear scale through zero: a rise to the right of
 * the zero line, a fall to its left, lengths proportional to the sizes the article states. The
 * height depends only on the number of changes, never on the width.
 */
export function layoutChange(facts: Fact[], width: number, lang: Lang): ChangeLayout {
	const rowHeight = ROW.label + ROW.sub + ROW.gap + ROW.bar + ROW.after;
	const height = PAD.top + facts.length * rowHeight + PAD.bottom;
	const plotWidth = width - PAD.right;

	const changes = facts.map(direction);
	const valueLabels = facts.map((f) => formatMarkLabel(f, lang));
	// Room beside the longest bar on each side for its tail and its label, in whichever of Noto
	// Sans and DejaVu Sans is wider, since renderers that ignore textLength draw the label whole.
	const side = (c: Change) => {
		const own = facts.filter((_, i) => changes[i] === c);
		if (own.length === 0) return { size: 0, reserve: 0 };
		const labels = valueLabels.filter((_, i) => changes[i] === c);
		const widest = Math.max(
			...labels.map((l) => measureWidest(l, { size: TYPE.value, weight: 700 }))
		);
		return {
			size: Math.max(...own.map((f) => f.max ?? f.value)),
			// Whole px, so that rounded positions never put a label a hair outside the plot.
			reserve: Math.ceil((own.some(isOpen) ? TAIL : 0) + LABEL_GAP + widest)
		};
	};
	const rise = side('up');
	const fall = side('down');
	const left = fall.reserve;
	// The labels' room is kept whole: a narrower scale draws the same proportions.
	const right = Math.max(plotWidth - rise.reserve, left + 1);
	const domain: [number, number] =
		rise.size === 0 && fall.size === 0 ? [0, 1] : [-fall.size, rise.size];
	const x = scaleLinear()
		.domain(domain)
		// Positions to 1/100 px: finer is invisible and only makes the exported files bigger.
		.interpolate((a, b) => (t) => Math.round((a + (b - a) * t) * 100) / 100)
		.range([left, right]);
	const zero = x(0);

	const rows = facts.map((fact, i): ChangeRow => {
		const change = changes[i]!;
		const s = sign(change);
		const top = PAD.top + i * rowHeight;
		const end = x(s * fact.value);
		const solid = isUpper(fact) ? undefined : { from: zero, to: end };
		const tail = isOpen(fact) ? { from: end, to: end + s * TAIL } : undefined;
		const band =
			fact.bound === 'range' && fact.max !== undefined
				? { kind: 'range' as const, from: end, to: x(s * fact.max) }
				: isUpper(fact)
					? { kind: 'upper' as const, from: zero, to: end }
					: undefined;
		const reach = [end, tail?.to ?? end, band?.to ?? end];
		const outer = change === 'up' ? Math.max(...reach) : Math.min(...reach);
		const valueLabel = valueLabels[i] ?? '';
		const label = oneLine(fact.label[lang], plotWidth, TYPE.label, 700);
		// "~" on the mark is keyed in words first on the line, where a narrow chart never cuts it;
		// then which way the figure went, which the sign alone says to a reader who looks for it.
		const approx = fact.bound === 'about' ? `~: ${BOUND_WORDS.about[lang]} · ` : '';
		const sub = oneLine(
			`${approx}${word(change, lang)} · ${fact.kind.name[lang]} · ${fact.period[lang]}`,
			plotWidth,
			TYPE.sub,
			400
		);
		return {
			fact,
			change,
			label,
			sub,
			valueLabel,
			widths: {
				label: hundredths(measureText(label, { size: TYPE.label, weight: 700 })),
				sub: hundredths(measureText(sub, { size: TYPE.sub })),
				value: hundredths(measureText(valueLabel, { size: TYPE.value, weight: 700 }))
			},
			labelY: top + 12,
			subY: top + ROW.label + 12,
			barY: top + ROW.label + ROW.sub + ROW.gap,
			barHeight: ROW.bar,
			...(solid ? { solid } : {}),
			...(tail ? { tail } : {}),
			...(band ? { band } : {}),
			valueX: hundredths(
				change === 'up'
					? outer + LABEL_GAP
					: outer - LABEL_GAP - measureWidest(valueLabel, { size: TYPE.value, weight: 700 })
			)
		};
	});

	const unit = facts[0]?.unit ?? 'percent';
	const tickAt = (value: number) => {
		const size = formatValue(Math.abs(value), unit, lang);
		const label = value === 0 ? size : `${changeSign(value > 0 ? 'up' : 'down')}${size}`;
		const labelWidth = measureWidest(label, { size: TYPE.tick });
		const px = x(value);
		const anchor: Anchor =
			px - labelWidth / 2 < 0
				? 'start'
				: px + labelWidth / 2 > width - PAD.right
					? 'end'
					: 'middle';
		return {
			value,
			x: px,
			label,
			width: hundredths(measureText(label, { size: TYPE.tick })),
			labelX: hundredths(edgesOf(px, labelWidth, anchor)[0]),
			edges: edgesOf(px, labelWidth, anchor)
		};
	};
	// As many ticks as fit with room between their labels: "+5 bn tenge" needs more than "+5%".
	let ticks: ReturnType<typeof tickAt>[] = [];
	for (let count = Math.max(2, Math.floor(plotWidth / 90)); count >= 1; count--) {
		ticks = x.ticks(count).map(tickAt);
		if (ticks.every((t, i) => i === 0 || ticks[i - 1]!.edges[1] + 12 <= t.edges[0])) break;
	}

	return {
		width,
		height,
		x,
		zero,
		rows,
		ticks: ticks.map(({ value, x, label, width, labelX }) => ({ value, x, label, width, labelX })),
		tickY: height - 8
	};
}

/** A label's left and right edges, by where it is anchored at `x`. */
function edgesOf(x: number, w: number, anchor: Anchor): [number, number] {
	if (anchor === 'start') return [x, x + w];
	if (anchor === 'end') return [x - w, x];
	return [x - w / 2, x + w / 2];
}

/** The text on one line, cut with "…" where the plot is too narrow; the page repeats it in full. */
function oneLine(text: string, maxWidth: number, size: number, weight: 400 | 700): string {
	return wrapText(text, { maxWidth, size, weight, maxLines: 1 })[0] ?? '';
}
