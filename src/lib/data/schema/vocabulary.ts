// The closed lists of the data's bounds and units: the number reader's, so that what it reads in
// a sentence is what a fact may say. Kept apart from ../types.ts, which the browser's code reads.
import { READER_BOUNDS, READER_UNITS, type ReaderUnit } from '../reader/types';

/** How the printed number relates to the true value; `range` spans `value` to `max`. */
export const BOUNDS = READER_BOUNDS;

/** What a value counts or measures: the number reader's quantities (a date or a year is none). */
export const UNITS = READER_UNITS.filter(
	(u): u is Exclude<ReaderUnit, 'year' | 'date'> => u !== 'year' && u !== 'date'
) as [Exclude<ReaderUnit, 'year' | 'date'>, ...Exclude<ReaderUnit, 'year' | 'date'>[]];

/** The direction of a change the sentence states: a rise or a fall. */
export const CHANGES = ['up', 'down'] as const;
