// What the number reader's bounds add to a fact: a range's high end (`max`), and whether the
// sentence states the number as a change, which no chart may draw as a share of a whole.
import { parsePrinted } from './printed-number';
import { readSentence as readCandidates } from './reader';
import type { Article, Fact } from './types';
import type { RecordReader } from './validate';

/** A range's high end: required exactly when the bound is `range`, and above the low end. */
export function readMax(r: RecordReader, bound: Fact['bound'], value: number): number | undefined {
	if (bound !== 'range') {
		if (r.has('max')) r.fail('max', `is only for a range, but bound is ${bound}`);
		return undefined;
	}
	if (!r.has('max')) r.fail('max', 'is missing: a range must give its high end');
	const max = r.number('max');
	if (max <= value) r.fail('max', `${max} must be greater than value (${value}), the low end`);
	return max;
}

/**
 * Whether the sentence states the fact's number as a change ("were up 62%", "вырос на 5%"): the
 * reader sees the change word in the sentence, which `printed` (the number alone) may leave out.
 */
export function statesChange(fact: Fact, lang: Article['lang']): boolean {
	if (parsePrinted(fact.printed, lang).change) return true;
	return readCandidates(lang, fact.sentence).some(
		(c) =>
			c.change === true &&
			c.value === fact.value &&
			(c.printed.includes(fact.printed) || fact.printed.includes(c.printed))
	);
}
