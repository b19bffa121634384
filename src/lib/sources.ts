import type { Fact } from './data/types';

/** The facts of a chart grouped by the sentence they come from, in order, for quoting each once. */
export function groupBySentence(facts: Fact[]): { sentence: string; facts: Fact[] }[] {
	const groups: { sentence: string; facts: Fact[] }[] = [];
	for (const fact of facts) {
		const group = groups.find((g) => g.sentence === fact.sentence);
		if (group) group.facts.push(fact);
		else groups.push({ sentence: fact.sentence, facts: [fact] });
	}
	return groups;
}

/** The id of a sentence in the article view, from its offset in the text. */
export const sentenceAnchor = (offset: number): string => `sentence-${offset}`;
