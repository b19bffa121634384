/** A data file that does not say what the site needs; the message names file, record and field. */
export class DataError extends Error {
	constructor(
		readonly file: string,
		readonly record: string,
		readonly field: string,
		problem: string,
		/** What `field` names: a field of the record, or (for the article's text) a number. */
		what: 'field' | 'number' = 'field'
	) {
		super(`${file}: ${record}, ${what} "${field}": ${problem}`);
		this.name = 'DataError';
	}
}

/** Where a record stands (file and record), to report a problem in one of its fields. */
export class RecordAt {
	constructor(
		readonly file: string,
		readonly label: string
	) {}

	fail(field: string, problem: string): never {
		throw new DataError(this.file, this.label, field, problem);
	}
}
