// A record drafted by `npm run draft` says so itself: `draft` lists the fields that still need a
// person (labels, translations, what a figure measures…), as paths ("label", "translation.en").
// A list on the record, not placeholder values: a placeholder text could pass for a real one, a
// code (parties) or a choice (a change's direction) cannot be a placeholder at all, and reviewing
// a field is deleting its path. A record without `draft` is reviewed.
import * as v from 'valibot';
import { list, matching } from './fields';

export const draftSchema = () =>
	v.optional(
		list(
			matching(
				/^[a-zA-Z]+(\.[a-zA-Z]+|\[\d+\])*$/,
				'a field path such as "label" or "translation.en"'
			)
		)
	);
