import { describe, expect, it } from 'vitest';
import type { Lang } from '$lib/data/types';
import { ascentPx, descentPx, measureText } from '$lib/text/measure';
import { dataset } from '../../../../tests/unit/dataset';
import { fixtureChart } from '../../../../tests/unit/fixture-charts';
import { DOT, ROUTE_WIDTH, layoutRouteMap, type RouteMapLayout } from './layout';
import { PLACE_LABEL_SIZE, PLACE_LINE_HEIGHT } from './labels';

const chart = fixtureChart('route-map-exact');
const fact = chart.facts[0];

describe('layoutRouteMap', () => {
	const l = layoutRouteMap(chart, fact, 640, 'en');

	it('draws the corridor strong and the sea route light, through every declared place', () => {
		expect(l.routes.map((r) => [r.id, r.emphasis, r.points.length])).toEqual([
			['test-route', 'primary', 3],
			['test-detour', 'secondary', 4]
		]);
		expect(l.routes[0]!.path).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){2}$/);
	});

	it('marks which places the article names and which come from geography', () => {
		const corridor = l.routes[0]!.points;
		expect(corridor.filter((p) => p.named).map((p) => p.name)).toEqual(['Almaty', 'Astana']);
		expect(corridor.filter((p) => !p.named).map((p) => p.name)).toEqual(['Balkhash']);
	});

	it('keeps every place inside the map, west of east as on the globe', () => {
		for (const p of l.routes.flatMap((r) => r.points)) {
			expect(p.x).toBeGreaterThan(0);
			expect(p.x).toBeLessThan(640);
			expect(p.y).toBeGreaterThan(0);
			expect(p.y).toBeLessThan(l.mapHeight);
		}
		const at = (name: string) => l.routes[1]!.points.find((p) => p.name === name)!;
		expect(at('Kostanay').x).toBeLessThan(at('Astana').x);
		expect(at('Astana').x).toBeLessThan(at('Almaty').x);
		expect(at('Astana').y).toBeLessThan(at('Almaty').y);
	});

	it('names the shaded countries, the fact’s parties, from the country table in each language', () => {
		const twoParties = { ...fact!, parties: ['KZ', 'UZ'] };
		const said = (lang: Lang) =>
			layoutRouteMap(chart, twoParties, 640, lang).legend.map((b) =>
				b.lines.map((line) => line.segments.map((s) => s.text).join('')).join(' ')
			);
		expect(said('en')).toContain(
			'darker land: Kazakhstan and Uzbekistan, the countries the figure is about'
		);
		expect(said('ru')).toContain(
			'темнее закрашены: Казахстан и Узбекистан, страны, к которым относится показатель'
		);
		expect(said('kk')).toContain(
			'қою түсті жер: Қазақстан және Өзбекстан, көрсеткішке қатысты елдер'
		);
		const shaded = layoutRouteMap(chart, twoParties, 640, 'ru').highlight;
		expect(shaded.map((c) => c.name)).toEqual(['Казахстан', 'Узбекистан']);
		expect(shaded[0]!.path).not.toBe(shaded[1]!.path);
		expect(
			layoutRouteMap(chart, { ...fact!, parties: [] }, 640, 'en').keys.map((k) => k.kind)
		).not.toContain('party');
	});

	it('says in its legend that the lines are schematic', () => {
		const legend = l.legend.map((b) =>
			b.lines.map((line) => line.segments.map((s) => s.text).join('')).join(' ')
		);
		expect(legend).toContain('schematic lines, not real roads or shipping lanes');
		expect(legend).toContain('Test route, 1,200 km');
	});

	it('draws land and Kazakhstan, and is never taller at a wider width (the legend wraps less)', () => {
		expect(l.land).toMatch(/^M/);
		expect(l.land.length).toBeGreaterThan(100);
		expect(l.highlight.map((c) => [c.code, c.name])).toEqual([['KZ', 'Kazakhstan']]);
		expect(l.highlight[0]!.path).toMatch(/^M/);
		const heights = [360, 480, 640, 800, 1000].map(
			(w) => layoutRouteMap(chart, fact, w, 'ru').height
		);
		expect(heights).toEqual([...heights].sort((a, b) => b - a));
	});
});

/** A box as [left, top, right, bottom]. */
type Box = [number, number, number, number];

/** The box a place name's text takes as drawn: its lines, the font's ascent and descent. */
function textBox(p: RouteMapLayout['routes'][number]['points'][number]): Box {
	const { y, lines } = p.label!;
	const width = (text: string) => measureText(text, { size: PLACE_LABEL_SIZE });
	const lastBaseline = y + (lines.length - 1) * PLACE_LINE_HEIGHT;
	return [
		Math.min(...lines.map((l) => l.x)),
		y - ascentPx(PLACE_LABEL_SIZE),
		Math.max(...lines.map((l) => l.x + width(l.text))),
		lastBaseline + descentPx(PLACE_LABEL_SIZE)
	];
}

const boxesOverlap = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** Samples a stroked segment as the boxes of points every 0.5px along it. */
function segmentBoxes(a: { x: number; y: number }, b: { x: number; y: number }, half: number) {
	const steps = Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 0.5);
	return Array.from({ length: steps + 1 }, (_, i): Box => {
		const x = a.x + ((b.x - a.x) * i) / steps;
		const y = a.y + ((b.y - a.y) * i) / steps;
		return [x - half, y - half, x + half, y + half];
	});
}

/** Every overlap of a place name with another name, a dot, a route line or the map's edge. */
function labelClashes(l: RouteMapLayout): string[] {
	const points = l.routes.flatMap((r) => r.points);
	const labelled = points.filter((p) => p.label);
	const dot = DOT.r + DOT.stroke / 2;
	const out: string[] = [];
	for (const p of labelled) {
		const box = textBox(p);
		if (box[0] < 0 || box[1] < 0 || box[2] > l.width || box[3] > l.mapHeight) {
			out.push(`"${p.name}" leaves the map`);
		}
		for (const q of labelled) {
			if (q !== p && boxesOverlap(box, textBox(q))) out.push(`"${p.name}" meets "${q.name}"`);
		}
		for (const q of points) {
			if (boxesOverlap(box, [q.x - dot, q.y - dot, q.x + dot, q.y + dot])) {
				out.push(`"${p.name}" meets the dot of ${q.name}`);
			}
		}
		for (const r of l.routes) {
			const half = ROUTE_WIDTH[r.emphasis] / 2;
			r.points.slice(1).forEach((b, i) => {
				const a = r.points[i]!;
				if (segmentBoxes(a, b, half).some((s) => boxesOverlap(box, s))) {
					out.push(`"${p.name}" meets the ${r.id} line from ${a.name} to ${b.name}`);
				}
			});
		}
	}
	return out;
}

// Place names are checked on the fixture map and on every map the real data draws: whether names
// clear each other depends on the places, so the real charts keep this integrity check.
const maps = [chart, ...dataset.charts.filter((c) => c.type === 'route-map')];

describe.each(maps)('the place names on the map $id', (chart) => {
	const fact = chart.facts[0];
	const langs: Lang[] = ['kk', 'en', 'ru'];
	/** Widths from the narrowest up, every 12px: the charts may be drawn at any of them. */
	const widths = Array.from({ length: 71 }, (_, i) => 360 + 12 * i);
	const layouts = new Map<string, RouteMapLayout>();
	const layout = (lang: Lang, width: number) => {
		const key = `${lang}, ${width}px`;
		if (!layouts.has(key)) layouts.set(key, layoutRouteMap(chart, fact, width, lang));
		return layouts.get(key)!;
	};

	it('name every place the article names, and only those', () => {
		for (const lang of langs) {
			const points = layoutRouteMap(chart, fact, 640, lang).routes.flatMap((r) => r.points);
			expect(points.filter((p) => p.label).map((p) => p.name)).toEqual(
				points.filter((p) => p.named).map((p) => p.name)
			);
			// Broken at most once, at a space, with nothing lost; each line's length as measured.
			for (const p of points.filter((q) => q.label)) {
				const { lines } = p.label!;
				expect(lines.map((l) => l.text).join(' ')).toBe(p.name);
				expect(lines.length).toBeLessThanOrEqual(2);
				for (const l of lines) {
					expect(l.width).toBeCloseTo(measureText(l.text, { size: PLACE_LABEL_SIZE }), 1);
				}
			}
		}
	});

	it.each(langs.flatMap((lang) => [360, 480, 640].map((width) => [lang, width] as const)))(
		'in %s at %ipx, touch no other name, no dot, no route and stay on the map',
		(lang, width) => {
			expect(labelClashes(layoutRouteMap(chart, fact, width, lang))).toEqual([]);
		}
	);

	it('stay clear at every width from 360 to 1200px', { timeout: 60_000 }, () => {
		const clashes: string[] = [];
		for (const lang of langs) {
			for (const width of widths) {
				const found = labelClashes(layout(lang, width));
				clashes.push(...found.map((c) => `${lang}, ${width}px: ${c}`));
			}
		}
		expect(clashes).toEqual([]);
	});

	it(
		'sit next to their own dot, each nearer its own dot than any other name is',
		{ timeout: 60_000 },
		() => {
			// Near as a reader judges which dot a name belongs to: the gap between them.
			const near = ([left, top, right, bottom]: Box, p: { x: number; y: number }) =>
				Math.hypot(Math.max(left - p.x, 0, p.x - right), Math.max(top - p.y, 0, p.y - bottom));
			const far: string[] = [];
			for (const lang of langs) {
				for (const width of widths) {
					const named = layout(lang, width)
						.routes.flatMap((r) => r.points)
						.filter((q) => q.label);
					const at = `${lang}, ${width}px`;
					for (const p of named) {
						const box = textBox(p);
						const own = near(box, p);
						if (own > 16) far.push(`${at}: "${p.name}" is ${own}px from its dot`);
						for (const q of named.filter((o) => o !== p)) {
							if (near(box, q) <= own)
								far.push(`${at}: "${p.name}" is nearer the dot of ${q.name}`);
							if (near(textBox(q), p) <= own)
								far.push(`${at}: "${q.name}" is nearer ${p.name}'s dot`);
						}
					}
				}
			}
			expect(far).toEqual([]);
		}
	);
});
