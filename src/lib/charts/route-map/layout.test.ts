import { describe, expect, it } from 'vitest';
import { chartById } from '../../../../tests/unit/dataset';
import { layoutRouteMap } from './layout';

const chart = chartById('middle-corridor');
const fact = chart.facts[0];

describe('layoutRouteMap', () => {
	const l = layoutRouteMap(chart, fact, 640, 'en');

	it('draws the corridor strong and the sea route light, through every declared place', () => {
		expect(l.routes.map((r) => [r.id, r.emphasis, r.points.length])).toEqual([
			['middle-corridor', 'primary', 7],
			['sea-route', 'secondary', 8]
		]);
		expect(l.routes[0]!.path).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){6}$/);
	});

	it('marks which places the article names and which come from geography', () => {
		const corridor = l.routes[0]!.points;
		expect(corridor.filter((p) => p.named).map((p) => p.name)).toEqual([
			'China',
			'Port of Aktau',
			'Caucasus',
			'Europe'
		]);
		expect(corridor.filter((p) => !p.named).map((p) => p.name)).toEqual([
			'Khorgos',
			'Baku',
			'Istanbul'
		]);
	});

	it('keeps every place inside the map, west of east as on the globe', () => {
		for (const p of l.routes.flatMap((r) => r.points)) {
			expect(p.x).toBeGreaterThan(0);
			expect(p.x).toBeLessThan(640);
			expect(p.y).toBeGreaterThan(0);
			expect(p.y).toBeLessThan(l.mapHeight);
		}
		const x = (name: string) => l.routes[0]!.points.find((p) => p.name === name)!.x;
		expect(x('Europe')).toBeLessThan(x('Port of Aktau'));
		expect(x('Port of Aktau')).toBeLessThan(x('China'));
	});

	it('says in its legend that the lines are schematic', () => {
		const legend = l.legend.map((b) =>
			b.lines.map((line) => line.segments.map((s) => s.text).join('')).join(' ')
		);
		expect(legend).toContain('schematic lines, not real roads or shipping lanes');
		expect(legend).toContain('Middle Corridor, 6,500 km');
	});

	it('draws land and Kazakhstan, and keeps one height at every width', () => {
		expect(l.land.length).toBeGreaterThan(1000);
		expect(l.highlight).toHaveLength(1);
		expect(layoutRouteMap(chart, fact, 1000, 'en').height).toBe(l.height);
		expect(layoutRouteMap(chart, fact, 360, 'en').height).toBe(l.height);
	});
});
