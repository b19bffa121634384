import { describe, expect, it } from 'vitest';
import {
	boxMeetsCircle,
	boxMeetsSegment,
	boxesMeet,
	labelBox,
	placeLabels,
	writeLabel,
	type Box,
	type Obstacles
} from './labels';

const box: Box = { x0: 10, y0: 10, x1: 30, y1: 20 };

describe('label geometry', () => {
	it('tells whether a stroked segment crosses, grazes or misses a box', () => {
		const segment = (x1: number, y1: number, x2: number, y2: number, half = 1) => ({
			x1,
			y1,
			x2,
			y2,
			half
		});
		expect(boxMeetsSegment(box, segment(0, 0, 40, 30))).toBe(true); // through it
		expect(boxMeetsSegment(box, segment(15, 12, 18, 14))).toBe(true); // inside it
		expect(boxMeetsSegment(box, segment(0, 25, 40, 25))).toBe(false); // 5px below
		expect(boxMeetsSegment(box, segment(0, 20.8, 40, 20.8))).toBe(true); // its stroke grazes
		expect(boxMeetsSegment(box, segment(0, 23, 40, 23), 2)).toBe(true); // within the clearance
		expect(boxMeetsSegment(box, segment(35, 0, 35, 40))).toBe(false); // beside it
		expect(boxMeetsSegment(box, segment(0, 0, 5, 40))).toBe(false); // slanting past it
	});

	it('tells whether a dot or another box touches a box', () => {
		expect(boxMeetsCircle(box, { x: 35, y: 15, r: 4 })).toBe(false);
		expect(boxMeetsCircle(box, { x: 33, y: 15, r: 4 })).toBe(true);
		// Near a corner, the round dot misses where a square would touch.
		expect(boxMeetsCircle(box, { x: 33, y: 23, r: 4 })).toBe(false);
		expect(boxesMeet(box, { x0: 30, y0: 10, x1: 40, y1: 20 })).toBe(false);
		expect(boxesMeet(box, { x0: 30, y0: 10, x1: 40, y1: 20 }, 1)).toBe(true);
	});

	it('writes each line from its own left edge, aligned as asked', () => {
		const one = writeLabel(['Baku'], 100, 50, 'end');
		const box1 = labelBox(one);
		expect(box1.x1).toBeCloseTo(100, 1);
		expect(box1.y0).toBeLessThan(50 - 8);
		expect(box1.y1).toBeGreaterThan(50);
		const two = writeLabel(['Red', 'Sea'], 100, 50, 'middle');
		for (const line of two.lines) expect(line.x + line.width / 2).toBeCloseTo(100, 1);
		expect(two.x).toBe(Math.min(...two.lines.map((l) => l.x)));
		const box2 = labelBox(two);
		expect((box2.x0 + box2.x1) / 2).toBeCloseTo(100, 1);
		expect(box2.y1 - box2.y0).toBeGreaterThan(box1.y1 - box1.y0 + 10);
	});
});

describe('placeLabels', () => {
	const dot = { x: 100, y: 100, r: 4.75, named: true };
	const open = (extra: Partial<Obstacles> = {}): Obstacles => ({
		circles: [dot],
		segments: [],
		bounds: { x0: 0, y0: 0, x1: 300, y1: 200 },
		...extra
	});
	const place = { x: 100, y: 100, text: 'Aktau' };
	const boxOf = (l: ReturnType<typeof placeLabels>[number]) => labelBox(l);

	it('writes a name above and to the right of its dot when nothing is in the way', () => {
		const [label] = placeLabels([place], open(), dot.r);
		expect(label!.x).toBeGreaterThan(100);
		expect(boxOf(label!).y1).toBeLessThan(100);
	});

	it('moves the name off a route that leaves the dot to the upper right', () => {
		const route = { x1: 100, y1: 100, x2: 200, y2: 60, half: 1.5 };
		const [label] = placeLabels([place], open({ segments: [route] }), dot.r);
		expect(boxMeetsSegment(boxOf(label!), route)).toBe(false);
		expect(boxMeetsCircle(boxOf(label!), dot)).toBe(false);
	});

	it('keeps two names apart', () => {
		const other = { x: 112, y: 100, r: 4.75, named: true };
		const labels = placeLabels(
			[place, { x: 112, y: 100, text: 'Baku' }],
			open({ circles: [dot, other] }),
			dot.r
		);
		expect(boxesMeet(boxOf(labels[0]!), boxOf(labels[1]!))).toBe(false);
		for (const l of labels) {
			expect(boxMeetsCircle(boxOf(l), dot)).toBe(false);
			expect(boxMeetsCircle(boxOf(l), other)).toBe(false);
		}
	});

	it('breaks a long name in two where one line would not fit on the map', () => {
		const narrow = { x: 30, y: 100, r: 4.75, named: true };
		const [label] = placeLabels(
			[{ x: 30, y: 100, text: 'Indian Ocean' }],
			{ circles: [narrow], segments: [], bounds: { x0: 0, y0: 0, x1: 60, y1: 200 } },
			narrow.r
		);
		expect(label!.lines.map((l) => l.text)).toEqual(['Indian', 'Ocean']);
		expect(boxOf(label!).x0).toBeGreaterThanOrEqual(0);
		expect(boxOf(label!).x1).toBeLessThanOrEqual(60);
	});
});
