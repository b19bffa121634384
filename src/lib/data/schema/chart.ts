// charts.json: one record per chart, drawing facts by id.
import * as v from 'valibot';
import { draftSchema } from './draft';
import { CHART_TYPES } from '../../charts/chart-types';
import { finite, list, matching, oneOf, record } from './fields';
import { id, localized, verbatim } from './shared';

/** A place a route passes, and whether the article names it or we add it from geography. */
export const waypointSchema = record('a waypoint', {
	name: localized(),
	lon: v.pipe(
		finite(),
		v.minValue(-180, 'is not a longitude'),
		v.maxValue(180, 'is not a longitude')
	),
	lat: v.pipe(finite(), v.minValue(-90, 'is not a latitude'), v.maxValue(90, 'is not a latitude')),
	/** The words of the article that name the place, when it does (e.g. "Ақтау портындағы"). */
	printed: v.optional(verbatim())
});

/** A route drawn on a route map: a schematic line through its waypoints. */
export const routeSchema = record('a route', {
	id: id(),
	label: localized(),
	/** Whether this route is the figure's subject (drawn strong) or a comparison (drawn light). */
	emphasis: oneOf(['primary', 'secondary']),
	waypoints: v.pipe(list(waypointSchema), v.minLength(2, 'a route needs at least two places'))
});

/** A chart. Which units and bounds its type draws is the registry's to say, checked in checks.ts. */
export const chartSchema = record('a chart', {
	/** The permalink slug: never change it once published. */
	id: id(),
	type: oneOf(CHART_TYPES),
	title: localized(),
	/** One line under the title saying what the reader is looking at. */
	subtitle: localized(),
	/** Ids of the facts it draws, in drawing order. */
	facts: list(matching(/^/, 'a fact id')),
	/** For a route map (and only a route map): the routes, in drawing order. */
	routes: v.optional(list(routeSchema)),
	/** The fields a person has still to write or check: the record is a draft (./draft.ts). */
	draft: draftSchema()
});
