// Which chart draws a drafted figure truthfully. What each type accepts (units, bounds, what it
// refuses) is the registry's to say; this adds only what a draft cannot know: a route map needs
// routes a person draws, unit squares are for counts small enough to count (SMALL_COUNT), and a
// change ("up 62 %") is a signed bar, `change`, and nothing else.
import {
	acceptsBound,
	acceptsUnit,
	chartTypes,
	refusal,
	type ChartType
} from '$lib/charts/registry';
import type { Candidate } from '../reader/types';
import type { Fact } from '../types';

/** The most squares a unit chart draws for a draft: ten rows of ten, still countable at a glance. */
export const SMALL_COUNT = 100;

/** The chart type for a change the sentence states: a signed bar (helper "signed"'s type). */
export const CHANGE_TYPE = 'change';

/** A chart type for the figure, or why it gets none (a date, a year, no type that can draw it). */
export type Choice = { type: string } | { none: 'date' | 'year' | 'no-type' };

type Figure = Pick<Candidate, 'unit' | 'bound' | 'value' | 'max' | 'change'>;

/**
 * The chart for one figure the reader found. `types` are the chart types this build has (the
 * registry's, by default): a change is charted only where the `change` type exists.
 */
export function chooseChart(c: Figure, types: readonly string[] = chartTypes()): Choice {
	if (c.unit === 'date' || c.unit === 'year') return { none: c.unit };
	if (c.change) return types.includes(CHANGE_TYPE) ? { type: CHANGE_TYPE } : { none: 'no-type' };
	const fact = { ...c, value: c.value ?? 0 } as unknown as Fact;
	const high = c.max ?? c.value ?? 0;
	const fits = (type: string): boolean => {
		if (type === CHANGE_TYPE || type === 'route-map') return false;
		if (type === 'units' && (high > SMALL_COUNT || !Number.isInteger(high))) return false;
		const t = type as ChartType;
		return (
			acceptsUnit(t, fact.unit) &&
			acceptsBound(t, fact.bound) &&
			refusal(t, fact, { change: false }) === undefined
		);
	};
	// Unit squares before bars where a count is small: one square per thing is the plainer picture.
	const order = [...types].sort((a, b) => Number(b === 'units') - Number(a === 'units'));
	const type = order.find((t) => types.includes(t) && isKnown(t) && fits(t));
	return type ? { type } : { none: 'no-type' };
}

const isKnown = (t: string) => (chartTypes() as readonly string[]).includes(t) || t === CHANGE_TYPE;
