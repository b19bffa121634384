// Whether a fact's sentence states its number as a change, which no chart may draw as a share of
// a whole.
import { parsePrinted } from './printed-number';
import { readSentence as readCandidates } from './reader';
import type { Article, Fact } from './types';

/**
 * Whether the sentence states the fact's number as a change ("were up 62%", "вырос на 5%"): the
 * reader sees the change word in the sentence, which `printed` (the number alone) may leave out.
 */
export function statesChange(
	fact: Pick<Fact, 'printed' | 'value' | 'sentence'>,
	lang: Article['lang']
): boolean {
	if (parsePrinted(fact.printed, lang).change) return true;
	return readCandidates(lang, fact.sentence).some(
		(c) =>
			c.change === true &&
			c.value === fact.value &&
			(c.printed.includes(fact.printed) || fact.printed.includes(c.printed))
	);
}
