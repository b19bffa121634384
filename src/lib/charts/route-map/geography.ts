// Natural Earth's land and countries at 1:110m, from the world-atlas package, as GeoJSON. Read at
// build time only: the page gets the drawn paths, never these files.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110 from 'world-atlas/countries-110m.json';
import land110 from 'world-atlas/land-110m.json';

const landTopology = land110 as unknown as Topology<{ land: GeometryCollection }>;
const countryTopology = countries110 as unknown as Topology<{
	countries: GeometryCollection<{ name: string }>;
}>;

/** All land, as one feature collection. */
export const LAND = feature(landTopology, landTopology.objects.land) as FeatureCollection<Geometry>;

/** The countries' shapes, each by its ISO 3166-1 numeric code (world-atlas's feature id). */
const COUNTRIES = feature(countryTopology, countryTopology.objects.countries) as FeatureCollection<
	Geometry,
	{ name: string }
>;

/**
 * A country's shape by its ISO 3166-1 numeric code, or undefined for a country too small for a
 * 1:110m map (Singapore, Bahrain): it is named in the legend but has no shape to shade.
 */
export function countryShape(numeric: string): Feature<Geometry, { name: string }> | undefined {
	return COUNTRIES.features.find((f) => f.id === numeric);
}
