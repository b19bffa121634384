// The validator's message for a fixture data folder with one record edited: what the tests of
// the data's checks compare, word for word.
import { expect } from 'vitest';
import { DataError, validateDataset, type RawData } from '$lib/data/validate';
import { withEdit } from './fixture-data';

type Rec = Record<string, unknown>;

/** The error validateDataset throws for the data, as "file: record, field: problem". */
export function problem(raw: RawData): string {
	try {
		validateDataset(raw);
	} catch (e) {
		expect(e).toBeInstanceOf(DataError);
		return (e as Error).message;
	}
	throw new Error('the data was accepted');
}

/** The fixture data with fact number `i` (0-based) changed by `edit`. */
export const fact = (i: number, edit: (f: Rec) => void) =>
	withEdit('facts', (facts) => edit(facts[i] as Rec));

/** The fixture data with chart number `i` (0-based) changed by `edit`. */
export const chart = (i: number, edit: (c: Rec) => void) =>
	withEdit('charts', (charts) => edit(charts[i] as Rec));
