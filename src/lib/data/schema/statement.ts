// statements.json: sentences of the article with no figure to chart, shown as annotated text.
import { record } from './fields';
import { attributionSchema, id, localized, paragraph, translated, verbatim } from './shared';

export const statementSchema = record('a statement', {
	id: id(),
	/** What it is about, e.g. "The declaration's three priorities". */
	label: localized(),
	sentence: verbatim(),
	paragraph: paragraph(),
	attribution: attributionSchema,
	translation: translated(),
	/** Why it is text and not a chart. */
	note: localized()
});
