// The building blocks of the data's schema. Every message here is the problem as a person fixing
// the file reads it; the file, record and field are put in front of it by ./issues.ts.
import * as v from 'valibot';
import { suggest } from './suggest';

type Issue = v.BaseIssue<unknown>;

/** The key an object issue is about: the missing key, or the unknown one. */
const keyOf = (issue: Issue): string => String(issue.path?.at(-1)?.key ?? '');

/** What a strict object's issues say, by kind: not an object, a key missing, a key unknown. */
interface ObjectWords {
	notObject?: string;
	missing?: (key: string) => string;
	unknown: (key: string) => string;
}

function objectMessage(words: ObjectWords) {
	const notObject = words.notObject ?? 'must be an object';
	return (issue: Issue): string => {
		const at = issue.path?.at(-1);
		// A list is an object to JavaScript; to the writer it is the wrong shape (see ../parse.ts).
		if (at?.origin === 'key' && Array.isArray(at.input)) return notObject;
		if (issue.expected === 'never') return words.unknown(keyOf(issue));
		if (at?.origin === 'key') return (words.missing ?? (() => 'is missing'))(keyOf(issue));
		return notObject;
	};
}

/**
 * A record of a kind (`what`: "a fact", "a route"): every key it may have is listed, and any
 * other key fails, naming the field the writer most likely meant.
 */
export function record<E extends v.ObjectEntries>(what: string, entries: E) {
	const fields = Object.keys(entries);
	return v.strictObject(
		entries,
		objectMessage({
			unknown: (key) => {
				const near = suggest(key, fields);
				return `"${key}" is not a field of ${what} ${near ? `(did you mean "${near}"?)` : `(its fields: ${fields.join(', ')})`}`;
			}
		})
	);
}

/** An object keyed by a closed set of names (languages, plural forms), each of them required. */
export function keyed<E extends v.ObjectEntries>(entries: E, words: ObjectWords) {
	return v.strictObject(entries, objectMessage(words));
}

/** Text that says something: a string, not blank. */
export const text = () =>
	v.pipe(
		v.string('must be text'),
		v.check((s) => s.trim() !== '', 'is empty')
	);

export const finite = () =>
	v.pipe(v.number('must be a finite number'), v.finite('must be a finite number'));

export const whole = (min: number) =>
	v.pipe(
		finite(),
		v.integer(`must be a whole number ≥ ${min}`),
		v.minValue(min, `must be a whole number ≥ ${min}`)
	);

/** One of a list of names. */
export const oneOf = <const T extends readonly [string, ...string[]]>(allowed: T) =>
	v.picklist(allowed, (issue) =>
		typeof issue.input !== 'string'
			? 'must be text'
			: issue.input.trim() === ''
				? 'is empty'
				: `"${issue.input}" is not one of ${allowed.join(', ')}`
	);

/** A non-empty list of `item`. */
export const list = <T extends v.GenericSchema>(item: T) =>
	v.pipe(v.array(item, 'must be a non-empty list'), v.minLength(1, 'must be a non-empty list'));

/** Text matching `pattern`; anything else is reported as not being `what`. */
export const matching = (pattern: RegExp, what: string) => {
	const message = (issue: Issue) => `${JSON.stringify(issue.input)} is not ${what}`;
	return v.pipe(v.string(message), v.regex(pattern, message));
};

/** A text in each of `langs`; any other key is an error, so a typo in a language cannot hide. */
export function texts<const L extends readonly string[]>(langs: L) {
	const entries = Object.fromEntries(langs.map((l) => [l, text()])) as {
		[K in L[number]]: ReturnType<typeof text>;
	};
	return keyed(entries, {
		notObject: 'must be an object of texts by language',
		missing: (lang) => `the ${lang} text is missing`,
		unknown: (key) => `"${key}" is not one of the languages ${langs.join(', ')}`
	});
}
