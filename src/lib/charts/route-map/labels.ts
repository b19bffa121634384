import { ascentPx, descentPx, measureText } from '$lib/text/measure';

/** An axis-aligned box in chart px. */
export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/**
 * Where a place's name is written: a `<text x y>` with one `<tspan x dy textLength>` per line (a
 * long name may take two). Every line starts at its own x, so no reader has to get `text-anchor`
 * right, and carries its measured width, so a reader with a wider font squeezes it to fit.
 */
export interface PlaceLabel {
	/** The left edge of the widest line. */
	x: number;
	/** The first line's baseline. */
	y: number;
	lines: { text: string; x: number; width: number }[];
}

/** Which side of its position a name is written on: as SVG's `text-anchor`. */
type Anchor = 'start' | 'middle' | 'end';

/** What a label must keep clear of: the dots and the lines of every route. */
export interface Obstacles {
	/** Dots: centre, radius (stroke included), and whether the dot has a name written by it. */
	circles: { x: number; y: number; r: number; named: boolean }[];
	/** Route segments, with half their stroke width. */
	segments: { x1: number; y1: number; x2: number; y2: number; half: number }[];
	/** The area labels must stay inside (the map). */
	bounds: Box;
}

/** Size of the place names on the map, in px. */
export const PLACE_LABEL_SIZE = 11;
/** Baseline to baseline of a name on two lines, in px. */
export const PLACE_LINE_HEIGHT = 13;
/** Free space kept between a label and anything else, in px. */
const CLEAR = 2;

/**
 * The box a label's text takes with the bundled font: its lines' advance widths, and the font's
 * whole ascent and descent (taller than any letter, Kazakh ones included), so that no ink lies
 * outside.
 */
export function labelBox(label: PlaceLabel, size = PLACE_LABEL_SIZE): Box {
	const last = label.y + (label.lines.length - 1) * PLACE_LINE_HEIGHT;
	return {
		x0: Math.min(...label.lines.map((l) => l.x)),
		y0: label.y - ascentPx(size),
		x1: Math.max(...label.lines.map((l) => l.x + l.width)),
		y1: last + descentPx(size)
	};
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/** A name's lines written at (x, y), aligned on x as `anchor` says. */
export function writeLabel(
	texts: string[],
	x: number,
	y: number,
	anchor: Anchor,
	size = PLACE_LABEL_SIZE
): PlaceLabel {
	return alignLines(measureLines(texts, size), x, y, anchor);
}

/** Each line with its width at `size`, rounded as it is written into the file. */
const measureLines = (texts: string[], size: number) =>
	texts.map((text) => ({ text, width: round(measureText(text, { size }), 2) }));

/** Measured lines placed at (x, y), aligned on x as `anchor` says. */
function alignLines(
	measured: { text: string; width: number }[],
	x: number,
	y: number,
	anchor: Anchor
): PlaceLabel {
	const lines = measured.map(({ text, width }) => {
		const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
		return { text, x: round(left, 1), width };
	});
	return { x: Math.min(...lines.map((l) => l.x)), y: round(y, 1), lines };
}

/** A name as one line, and, if it has a space, as two lines split at the middlemost space. */
function wrappings(text: string): string[][] {
	const spaces = [...text.matchAll(/ /g)].map((m) => m.index);
	if (spaces.length === 0) return [[text]];
	const middle = spaces.reduce((a, b) =>
		Math.abs(b - text.length / 2) < Math.abs(a - text.length / 2) ? b : a
	);
	return [[text], [text.slice(0, middle), text.slice(middle + 1)]];
}

/** Whether two boxes come closer than `clear` px. */
export function boxesMeet(a: Box, b: Box, clear = 0): boolean {
	return a.x0 < b.x1 + clear && b.x0 < a.x1 + clear && a.y0 < b.y1 + clear && b.y0 < a.y1 + clear;
}

/** Whether a circle comes closer than `clear` px to a box. */
export function boxMeetsCircle(box: Box, c: { x: number; y: number; r: number }, clear = 0) {
	const dx = Math.max(box.x0 - c.x, 0, c.x - box.x1);
	const dy = Math.max(box.y0 - c.y, 0, c.y - box.y1);
	return dx * dx + dy * dy < (c.r + clear) ** 2;
}

/**
 * Whether a stroked segment comes closer than `clear` px to a box: the segment is clipped
 * (Liang–Barsky) against the box grown by half the stroke and the clearance.
 */
export function boxMeetsSegment(box: Box, s: Obstacles['segments'][number], clear = 0): boolean {
	const grow = s.half + clear;
	const [x0, y0, x1, y1] = [box.x0 - grow, box.y0 - grow, box.x1 + grow, box.y1 + grow];
	const dx = s.x2 - s.x1;
	const dy = s.y2 - s.y1;
	let t0 = 0;
	let t1 = 1;
	for (const [p, q] of [
		[-dx, s.x1 - x0],
		[dx, x1 - s.x1],
		[-dy, s.y1 - y0],
		[dy, y1 - s.y1]
	] as const) {
		if (p === 0) {
			if (q < 0) return false;
			continue;
		}
		const t = q / p;
		if (p < 0) t0 = Math.max(t0, t);
		else t1 = Math.min(t1, t);
		if (t0 > t1) return false;
	}
	return true;
}

/** Whether a box lies inside another, `clear` px from its edges. */
const inside = (box: Box, bounds: Box, clear = 0) =>
	box.x0 >= bounds.x0 + clear &&
	box.x1 <= bounds.x1 - clear &&
	box.y0 >= bounds.y0 + clear &&
	box.y1 <= bounds.y1 - clear;

/** A position tried for a name, and what it costs: how far it lies from the dot, plus small
 *  penalties for the less usual sides and for breaking the name. */
interface Candidate {
	label: PlaceLabel;
	box: Box;
	cost: number;
}

/** The cost of writing a name on two lines rather than one. */
const TWO_LINES = 4;

/**
 * The positions tried round a dot: above right (the usual place on a map), above left, below
 * right, below left, right, left, and above or below it, centred or slid to a side; each at a few
 * distances from the dot, on one line and, for a name of several words, on two. `r` is the dot's
 * radius.
 */
function candidates(
	p: { x: number; y: number },
	text: string,
	r: number,
	size: number
): Candidate[] {
	const ascent = ascentPx(size);
	const descent = descentPx(size);
	const out: Candidate[] = [];
	for (const lines of wrappings(text)) {
		const measured = measureLines(lines, size);
		const width = Math.max(...measured.map((line) => line.width));
		const below = (lines.length - 1) * PLACE_LINE_HEIGHT + descent;
		const broken = lines.length > 1 ? TWO_LINES : 0;
		const add = (x: number, y: number, anchor: Anchor, penalty: number) => {
			const label = alignLines(measured, x, y, anchor);
			const box = labelBox(label, size);
			// Past 10px, each px away costs double: a name far from its dot reads as no one's.
			const gap = distanceToBox(box, p);
			out.push({ label, box, cost: gap + Math.max(0, gap - 10) + penalty + broken });
		};
		for (const away of [0, 3, 6, 10, 15]) {
			// Beside the dot, a box starts 3px past it. Diagonally, its corner may come within 3px
			// of the dot's centre lines, since the corner is then far enough from the round dot.
			const side = r + 3;
			const up = p.y - 3 - away - below;
			const down = p.y + 3 + away + ascent;
			add(p.x + side, up, 'start', 0);
			add(p.x - side, up, 'end', 0.5);
			add(p.x + side, down, 'start', 1);
			add(p.x - side, down, 'end', 1.5);
			const middle = p.y + (ascent - below) / 2;
			add(p.x + side + away, middle, 'start', 2);
			add(p.x - side - away, middle, 'end', 2.5);
			// Straight above or below: centred, or slid a quarter of its width either way.
			const over = p.y - r - 3 - away - below;
			const under = p.y + r + 3 + away + ascent;
			for (const [shift, penalty] of [
				[0, 3],
				[width / 4, 4],
				[-width / 4, 4]
			] as const) {
				add(p.x + shift, over, 'middle', penalty);
				add(p.x + shift, under, 'middle', penalty + 0.5);
			}
		}
	}
	return out;
}

/** Distance from a point to a box (0 inside it): how a reader judges which dot a name is for. */
export function distanceToBox(box: Box, p: { x: number; y: number }): number {
	const dx = Math.max(box.x0 - p.x, 0, p.x - box.x1);
	const dy = Math.max(box.y0 - p.y, 0, p.y - box.y1);
	// Not Math.hypot: this runs some 100 000 times a layout, and hypot is several times slower.
	return Math.sqrt(dx * dx + dy * dy);
}

/** The farthest a name may lie from its dot, in px: any farther and it reads as no one's. */
const FARTHEST = 16;
/** How much nearer a name must be to its own dot than to another named one. */
const NEARER = 2;
/** The cost of a position nearer a dot without a name than its own: allowed where it must be. */
const NEAR_UNNAMED = 12;

/**
 * Judges a label's box: its faults (obstacles it runs into, leaving the bounds, lying too far
 * from its dot, or as near another named dot as its own, where its name could be taken for the
 * other's) and a penalty for lying nearer a dot without a name than its own. Unless `exact`, it
 * stops counting at the first fault.
 */
function judge(box: Box, own: { x: number; y: number }, obstacles: Obstacles, exact: boolean) {
	const mine = distanceToBox(box, own);
	let faults = (inside(box, obstacles.bounds, CLEAR) ? 0 : 1) + (mine > FARTHEST ? 1 : 0);
	let unnamed = false;
	for (const s of obstacles.segments) {
		if (faults > 0 && !exact) break;
		if (boxMeetsSegment(box, s, CLEAR)) faults++;
	}
	for (const c of obstacles.circles) {
		if (faults > 0 && !exact) break;
		const near = distanceToBox(box, c);
		if (near < c.r + CLEAR) faults++;
		if (c.x === own.x && c.y === own.y) continue;
		if (c.named && near < mine + NEARER) faults++;
		if (!c.named && near < mine) unnamed = true;
	}
	return { faults, penalty: unnamed ? NEAR_UNNAMED : 0 };
}

/** A placed name: its box, its dot, and how near the one lies to the other. */
interface Placed {
	box: Box;
	dot: { x: number; y: number };
	own: number;
}

/** The cost of two names that each could be taken for the other's: avoided where it can be. */
const CONFUSABLE = 100;

/** Whether either of two names lies nearer the other's dot than that dot's own name does. */
const confusable = (a: Placed, b: Placed) =>
	distanceToBox(a.box, b.dot) < b.own + NEARER || distanceToBox(b.box, a.dot) < a.own + NEARER;

/** Visits at most this many partial placements before taking the best found. */
const SEARCH_LIMIT = 2_000;
/** The positions kept per name, cheapest first: plenty, and the search stays quick. */
const OPTIONS_KEPT = 30;

/**
 * Places the names of some dots so that no name touches a dot, a route line, another name or the
 * map's edge, and each lies nearer its own dot than any other named one. Each name is tried in
 * the positions round its dot (`candidates`); a branch-and-bound search keeps the set of
 * positions that costs least in all. If some name has no faultless position, it takes one with
 * the fewest faults (and the layout's unit tests fail).
 */
export function placeLabels(
	places: { x: number; y: number; text: string }[],
	obstacles: Obstacles,
	dotRadius: number,
	size = PLACE_LABEL_SIZE
): PlaceLabel[] {
	// Each name's faultless positions (or, failing those, its least faulty), cheapest first.
	const options = places.map((p) => {
		const judged = (exact: boolean) =>
			candidates(p, p.text, dotRadius, size).map((c) => {
				const { faults, penalty } = judge(c.box, p, obstacles, exact);
				return { ...c, dot: p, own: distanceToBox(c.box, p), faults, cost: c.cost + penalty };
			});
		let all = judged(false);
		if (!all.some((o) => o.faults === 0)) all = judged(true);
		const fewest = Math.min(...all.map((o) => o.faults));
		return all
			.filter((o) => o.faults === fewest)
			.sort((a, b) => a.cost - b.cost)
			.slice(0, OPTIONS_KEPT);
	});
	// How each two positions of different names get on, worked out once: 0 well, 1 the names
	// could be taken for each other's, 2 they touch.
	const flat = options.flatMap((list, name) => list.map((option) => ({ ...option, name })));
	const index = options.map((_, name) => flat.findIndex((o) => o.name === name));
	const n = flat.length;
	const relation = new Uint8Array(n * n);
	for (let a = 0; a < n; a++) {
		for (let b = a + 1; b < n; b++) {
			if (flat[a]!.name === flat[b]!.name) continue;
			const r = boxesMeet(flat[a]!.box, flat[b]!.box, CLEAR)
				? 2
				: confusable(flat[a]!, flat[b]!)
					? 1
					: 0;
			relation[a * n + b] = relation[b * n + a] = r;
		}
	}

	/**
	 * The cheapest set of positions (indices into `flat`), by a branch-and-bound search. Each
	 * placed name strikes from the others' lists the positions it touches; the name with the
	 * fewest positions left goes next. Names that could be taken for each other's are ruled out
	 * (`strict`) or cost extra.
	 */
	const cheapest = (strict: boolean) => {
		type Choice = { at: number; cost: number };
		let best: { cost: number; pick: number[] } | undefined;
		let nodes = 0;
		const pick: number[] = options.map(() => -1);
		const search = (left: (Choice[] | null)[], cost: number) => {
			if (nodes++ > SEARCH_LIMIT) return;
			let next = -1;
			let bound = cost;
			for (const [name, choices] of left.entries()) {
				if (!choices) continue;
				bound += Math.min(...choices.map((c) => c.cost));
				if (next < 0 || choices.length < left[next]!.length) next = name;
			}
			if (best && bound >= best.cost) return;
			if (next < 0) {
				best = { cost, pick: [...pick] };
				return;
			}
			const choices = [...left[next]!].sort((x, y) => x.cost - y.cost);
			for (const choice of choices) {
				const rest = left.map((others, name): Choice[] | null => {
					if (!others || name === next) return null;
					const kept: Choice[] = [];
					for (const other of others) {
						const r = relation[choice.at * n + other.at]!;
						if (r === 2 || (r === 1 && strict)) continue;
						kept.push(r === 1 ? { at: other.at, cost: other.cost + CONFUSABLE } : other);
					}
					return kept;
				});
				if (rest.some((r) => r?.length === 0)) continue;
				pick[next] = choice.at;
				search(rest, cost + choice.cost);
			}
			pick[next] = -1;
		};
		search(
			options.map((list, name) => list.map((o, k) => ({ at: index[name]! + k, cost: o.cost }))),
			0
		);
		return best;
	};
	const best = cheapest(true) ?? cheapest(false);
	// No set without a clash between names: each takes its nearest position.
	return options.map((list, name) => (best ? flat[best.pick[name]!]! : list[0]!).label);
}
