import { paragraphsOf } from './sentences';
import { isQuantity, type Candidate } from './types';

/** A candidate as an annotator writes it down: the sentence may be left out. */
export type Expected = Omit<Candidate, 'sentence'> & { sentence?: string };

/** How the reader did on articles against their expected candidates. */
export interface Score {
	/** Expected quantities, and those found with the right paragraph, value and unit. */
	expected: number;
	found: number;
	/** Of those found, with the right bound (and high end, for a range). */
	rightBound: number;
	/** Quantity candidates the reader gave. */
	given: number;
	/** Candidates (dates and years too) whose sentence is verbatim in its paragraph and printed in it. */
	verbatim: number;
	candidates: number;
	/** Expected dates and years, and those found with the right value or ISO date. */
	expectedDates: number;
	foundDates: number;
	/** Expected changes, and those found as changes going the expected way. */
	expectedChanges: number;
	rightChanges: number;
	/** What was missed or wrongly given, for reading. */
	misses: string[];
}

const same = (a: number | null | undefined, b: number | null | undefined) =>
	a === b ||
	(typeof a === 'number' &&
		typeof b === 'number' &&
		Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)));

export const emptyScore = (): Score => ({
	expected: 0,
	found: 0,
	rightBound: 0,
	given: 0,
	verbatim: 0,
	candidates: 0,
	expectedDates: 0,
	foundDates: 0,
	expectedChanges: 0,
	rightChanges: 0,
	misses: []
});

/** Scores one article's candidates against the expected ones, adding to `score`. */
export function scoreArticle(
	name: string,
	text: string,
	expected: Expected[],
	given: Candidate[],
	score: Score = emptyScore()
): Score {
	const paragraphs = paragraphsOf(text);
	for (const c of given) {
		score.candidates += 1;
		const p = paragraphs[c.paragraph - 1] ?? '';
		if (p.includes(c.sentence) && c.sentence.includes(c.printed)) score.verbatim += 1;
		else score.misses.push(`${name}: not verbatim: "${c.printed}" in "${c.sentence}"`);
	}
	const left = [...given];
	const take = (e: Expected) => {
		const k = left.findIndex(
			(c) =>
				c.paragraph === e.paragraph &&
				c.unit === e.unit &&
				(e.unit === 'date' ? c.iso === e.iso : same(c.value, e.value))
		);
		return k < 0 ? undefined : left.splice(k, 1)[0];
	};
	for (const e of expected) {
		const c = take(e);
		if (!isQuantity(e)) {
			score.expectedDates += 1;
			if (c) score.foundDates += 1;
			else score.misses.push(`${name}: missed ${e.unit} "${e.printed}" (paragraph ${e.paragraph})`);
			continue;
		}
		score.expected += 1;
		if (!c) {
			score.misses.push(
				`${name}: missed "${e.printed}" = ${e.value} ${e.unit} (paragraph ${e.paragraph})`
			);
			continue;
		}
		score.found += 1;
		if (c.bound === e.bound && same(c.max, e.max)) score.rightBound += 1;
		else score.misses.push(`${name}: "${c.printed}" is ${c.bound}, expected ${e.bound}`);
		if (e.change) {
			score.expectedChanges += 1;
			if (c.change && c.direction === e.direction) score.rightChanges += 1;
			else
				score.misses.push(
					`${name}: "${c.printed}" is ${c.change ? `a change ${c.direction ?? 'of no stated way'}` : 'no change'}, expected a change ${e.direction ?? 'of no stated way'}`
				);
		}
	}
	const quantities = given.filter(isQuantity);
	score.given += quantities.length;
	for (const c of left.filter(isQuantity)) {
		score.misses.push(
			`${name}: not expected: "${c.printed}" = ${c.value} ${c.unit} (paragraph ${c.paragraph})`
		);
	}
	return score;
}

/** The score's figures as fractions of one: recall, bound accuracy, precision, verbatim. */
export function figures(s: Score) {
	const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
	return {
		recall: ratio(s.found, s.expected),
		bounds: ratio(s.rightBound, s.found),
		precision: ratio(s.found, s.given),
		verbatim: ratio(s.verbatim, s.candidates),
		dates: ratio(s.foundDates, s.expectedDates)
	};
}
