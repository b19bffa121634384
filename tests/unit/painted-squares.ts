// What a reader sees of a grid chart's squares: each drawn square's painted box (its rectangle
// grown by half its stroke), placed by the transforms around it, so a test can say whether the
// squares a chart draws differ in size, overlap, or leave the chart.
import { expect } from 'vitest';

export interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
}

/** The sum of the `translate(x,y)` transforms from `el` up to (not including) `root`. */
function offset(el: Element, root: Element): { x: number; y: number } {
	const at = { x: 0, y: 0 };
	for (let p: Element | null = el.parentElement; p && p !== root; p = p.parentElement) {
		const m = /translate\(\s*([-\d.]+)[ ,]+([-\d.]+)\s*\)/.exec(p.getAttribute('transform') ?? '');
		if (m) {
			at.x += Number(m[1]);
			at.y += Number(m[2]);
		}
	}
	return at;
}

/** The painted box of every `<rect>` among the chart's marks, in the svg's coordinates. */
export function paintedSquares(svg: Element): Box[] {
	return [...svg.querySelectorAll('[data-cells="marks"] rect')].map((rect) => {
		const n = (name: string) => Number(rect.getAttribute(name) ?? 0);
		const stroke = rect.getAttribute('stroke') ? n('stroke-width') || 1 : 0;
		const at = offset(rect, svg);
		return {
			x: at.x + n('x') - stroke / 2,
			y: at.y + n('y') - stroke / 2,
			w: n('width') + stroke,
			h: n('height') + stroke
		};
	});
}

const overlap = (a: Box, b: Box) =>
	Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 0.01 &&
	Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 0.01;

/**
 * Asserts that the chart draws `count` squares, all of one size, none overlapping another, all
 * inside the svg's viewBox: areas proportional to what they count.
 */
export function expectEvenSquares(svg: Element, count: number): void {
	const boxes = paintedSquares(svg);
	expect(boxes).toHaveLength(count);
	const [first] = boxes;
	const sizes = new Set(boxes.map((b) => `${b.w.toFixed(2)}×${b.h.toFixed(2)}`));
	expect([...sizes], 'every square painted at one size').toEqual([
		`${first!.w.toFixed(2)}×${first!.w.toFixed(2)}`
	]);
	const clashes = boxes.flatMap((a, i) =>
		boxes.slice(i + 1).flatMap((b, j) => (overlap(a, b) ? [`${i}/${i + 1 + j}`] : []))
	);
	expect(clashes, 'squares that overlap').toEqual([]);
	const [, , width, height] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
	const outside = boxes.filter(
		(b) => b.x < -0.01 || b.y < -0.01 || b.x + b.w > width! + 0.01 || b.y + b.h > height! + 0.01
	);
	expect(outside, 'squares outside the chart').toEqual([]);
}
