// not-charted.json: numbers of the article deliberately not charted, each with its reason.
import { record } from './fields';
import { draftSchema } from './draft';
import { localized, paragraph, verbatim } from './shared';

export const notChartedSchema = record('a number not charted', {
	/** The number as printed, e.g. "20 желтоқсан 2025". */
	printed: verbatim(),
	paragraph: paragraph(),
	reason: localized(),
	/** The fields a person has still to write or check: the record is a draft (./draft.ts). */
	draft: draftSchema()
});
