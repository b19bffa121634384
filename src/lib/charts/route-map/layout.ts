import { geoNaturalEarth1, geoPath } from 'd3-geo';
import type { Chart, Fact, Lang } from '$lib/data/types';
import { textColumn, type PlacedText, type TextItem } from '../core/placed-text';
import { TYPE } from '../core/theme';
import { countryName, countryNumeric } from '$lib/words/countries';
import { listOf } from '$lib/words/list';
import { LAND, countryShape } from './geography';
import { placeLabels, type PlaceLabel } from './labels';
import { word } from './words';

/** A route drawn as a schematic polyline, with its places. */
export interface RouteLine {
	id: string;
	emphasis: 'primary' | 'secondary';
	path: string;
	points: {
		x: number;
		y: number;
		name: string;
		named: boolean;
		/** Where the name is written, for the places the article names; others are unlabelled. */
		label?: PlaceLabel;
	}[];
}

export interface RouteMapLayout {
	width: number;
	height: number;
	mapHeight: number;
	land: string;
	/** The countries the figure is about (its fact's parties), drawn darker, with their names. */
	highlight: { code: string; name: string; path: string }[];
	routes: RouteLine[];
	legend: PlacedText[];
	/** Legend keys: a line sample per route and a dot sample per kind of place. */
	keys: { kind: 'primary' | 'secondary' | 'named' | 'added' | 'party'; x: number; y: number }[];
}

const MAP_HEIGHT = 300;
const PAD = 12;
const KEY = 26;

/** A route line's width, by its emphasis. */
export const ROUTE_WIDTH = { primary: 3, secondary: 2 } as const;
/** A place's dot: its radius and the width of its outline. */
export const DOT = { r: 4, stroke: 1.5 } as const;

/**
 * A schematic map: the routes as straight lines between their places on a Natural Earth
 * projection fitted to them, over the land. Places the article names are solid dots, places
 * added from general geography hollow ones. The map's height is fixed; only its scale follows
 * the width.
 */
export function layoutRouteMap(
	chart: Chart,
	fact: Fact | undefined,
	width: number,
	lang: Lang
): RouteMapLayout {
	const routes = chart.routes ?? [];
	const all = routes.flatMap((r) => r.waypoints);
	const projection = geoNaturalEarth1().fitExtent(
		[
			[PAD + 40, PAD + 10],
			[width - PAD - 40, MAP_HEIGHT - PAD - 10]
		],
		{ type: 'MultiPoint', coordinates: all.map((w) => [w.lon, w.lat]) }
	);
	projection.clipExtent([
		[0, 0],
		[width, MAP_HEIGHT]
	]);
	// Whole pixels: finer is invisible at this scale and only makes the page heavier.
	const path = geoPath(projection).digits(0);
	const px = (lon: number, lat: number) => {
		const [x, y] = projection([lon, lat]) ?? [0, 0];
		return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
	};

	const lines: RouteLine[] = routes.map((route) => {
		const points = route.waypoints.map((w) => ({
			...px(w.lon, w.lat),
			name: w.name[lang],
			named: Boolean(w.printed)
		}));
		return {
			id: route.id,
			emphasis: route.emphasis,
			path: `M${points.map((p) => `${p.x},${p.y}`).join('L')}`,
			points
		};
	});

	// The names of the places the article names, each beside its dot, clear of every dot, every
	// route line and each other.
	const dotRadius = DOT.r + DOT.stroke / 2;
	const named = lines.flatMap((l) => l.points.filter((p) => p.named));
	const labels = placeLabels(
		named.map((p) => ({ x: p.x, y: p.y, text: p.name })),
		{
			circles: lines.flatMap((l) =>
				l.points.map((p) => ({ x: p.x, y: p.y, r: dotRadius, named: p.named }))
			),
			segments: lines.flatMap((l) =>
				l.points.slice(1).map((p, i) => ({
					x1: l.points[i]!.x,
					y1: l.points[i]!.y,
					x2: p.x,
					y2: p.y,
					half: ROUTE_WIDTH[l.emphasis] / 2
				}))
			),
			bounds: { x0: 0, y0: 0, x1: width, y1: MAP_HEIGHT }
		},
		dotRadius
	);
	named.forEach((p, i) => (p.label = labels[i]));

	const parties = fact?.parties ?? [];
	const highlight = parties.flatMap((code) => {
		const shape = countryShape(countryNumeric(code));
		const d = shape && path(shape);
		return d ? [{ code, name: countryName(code, lang), path: d }] : [];
	});

	const items: TextItem[] = routes.map((r) => ({
		text: r.label[lang],
		style: { size: TYPE.sub, weight: r.emphasis === 'primary' ? 700 : 400, tone: 'ink' },
		maxLines: 2
	}));
	items.push(
		{
			text: word('namedInArticle', lang),
			style: { size: TYPE.sub, weight: 400, tone: 'muted' },
			maxLines: 2
		},
		{
			text: word('addedFromGeography', lang),
			style: { size: TYPE.sub, weight: 400, tone: 'muted' },
			maxLines: 2
		},
		...(parties.length
			? [
					{
						text: word('partiesShaded', lang).replace(
							'{countries}',
							listOf(
								parties.map((code) => countryName(code, lang)),
								lang
							)
						),
						style: { size: TYPE.sub, weight: 400, tone: 'muted' },
						maxLines: 2
					} satisfies TextItem
				]
			: []),
		{
			text: word('schematic', lang),
			style: { size: TYPE.sub, weight: 400, tone: 'muted' },
			maxLines: 2
		}
	);
	const legend = textColumn(items, { x: KEY, y: MAP_HEIGHT + 10, maxWidth: width - KEY });
	const kinds: RouteMapLayout['keys'][number]['kind'][] = [
		...routes.map((r) => r.emphasis),
		'named',
		'added',
		...(parties.length ? (['party'] as const) : [])
	];
	const keys = legend.blocks
		.slice(0, kinds.length)
		.map((b, i) => ({ kind: kinds[i]!, x: KEY / 2, y: b.y - TYPE.sub * 0.35 }));
	const height = Math.ceil(legend.bottom);

	return {
		width,
		height,
		mapHeight: MAP_HEIGHT,
		land: path(LAND) ?? '',
		highlight,
		routes: lines,
		legend: legend.blocks,
		keys
	};
}
