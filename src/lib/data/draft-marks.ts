// Whether a chart is a draft: its record, or a fact it draws, lists fields a person has still to
// write (./schema/draft.ts). A draft chart says "draft, not reviewed" wherever it goes.
import type { Chart } from './types';

export const isDraftChart = (chart: Pick<Chart, 'draft' | 'facts'>): boolean =>
	chart.draft !== undefined || chart.facts.some((f) => f.draft !== undefined);

/** The value at a field path of a record ("translation.en", "parties[0]"), or undefined. */
function at(record: unknown, path: string): unknown {
	return path
		.split(/\.|(?=\[)/)
		.reduce<unknown>(
			(value, key) =>
				value === null || typeof value !== 'object'
					? undefined
					: (value as Record<string, unknown>)[key.replace(/^\[(\d+)\]$/, '$1')],
			record
		);
}

/** Each path a record's `draft` lists names a field it has: a typo must not hide a draft. */
export function checkDraftPaths(
	record: { draft?: string[] | undefined },
	fail: (field: string, problem: string) => never
): void {
	record.draft?.forEach((path, i) => {
		if (at(record, path) === undefined)
			fail(`draft[${i}]`, `"${path}" is not a field of this record`);
	});
}
