// Whether a fact's sentence states its number as a change, which no chart may draw as a share of
// a whole, and which way it went.
import { parsePrinted } from './printed-number';
import { readSentence as readCandidates, type ChangeDirection } from './reader';
import type { Article, Fact } from './types';

/** A change the words state, and which way it went when they say (a sign, "rose", "снизился"). */
export interface StatedChange {
	direction?: ChangeDirection;
}

/**
 * Whether the sentence states the fact's number as a change ("were up 62%", "вырос на 5%"), and
 * which way: the reader sees the change word in the sentence, which `printed` (the number alone)
 * may leave out. Undefined when it states none.
 */
export function statesChange(
	fact: Pick<Fact, 'printed' | 'value' | 'sentence'>,
	lang: Article['lang']
): StatedChange | undefined {
	const own = parsePrinted(fact.printed, lang);
	if (own.direction) return { direction: own.direction };
	const read = readCandidates(lang, fact.sentence).find(
		(c) =>
			c.change === true &&
			c.value === fact.value &&
			(c.printed.includes(fact.printed) || fact.printed.includes(c.printed))
	);
	if (!own.change && !read) return undefined;
	return read?.direction ? { direction: read.direction } : {};
}
