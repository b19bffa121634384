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

/** The countries, by their Natural Earth name. */
const COUNTRIES = feature(countryTopology, countryTopology.objects.countries) as FeatureCollection<
	Geometry,
	{ name: string }
>;

/** One country's shape by its Natural Earth name; throws when there is none, so a typo fails the build. */
export function country(name: string): Feature<Geometry, { name: string }> {
	const found = COUNTRIES.features.find((f) => f.properties.name === name);
	if (!found) throw new Error(`world-atlas has no country named "${name}"`);
	return found;
}
