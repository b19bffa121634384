import type { Chart, Fact, Statement } from './data/types';
import { highlight } from './highlight';
import { sentenceAnchor } from './sources';

/** A run of a paragraph: plain text, or a sentence we quote, with its numbers linked to charts. */
export type ArticleRun =
	| { text: string }
	| {
			anchor: string;
			parts: { text: string; chart?: string }[];
	  };

/**
 * The article's paragraphs cut into runs, so that the view can mark every quoted sentence (with
 * an id to link to) and every charted number in it (linked to its chart), keeping every
 * character of the text: joining the runs gives the paragraph back.
 */
export function articleRuns(
	paragraphs: string[],
	facts: Fact[],
	statements: Statement[],
	charts: Chart[]
): ArticleRun[][] {
	const chartOf = (fact: Fact) => charts.find((c) => c.facts.some((f) => f.id === fact.id))?.id;
	return paragraphs.map((text, i) => {
		const quoted = [...facts, ...statements].filter((s) => s.paragraph === i + 1);
		const sentences = [...new Set(quoted.map((s) => s.sentence))]
			.map((sentence) => ({ sentence, at: text.indexOf(sentence) }))
			.sort((a, b) => a.at - b.at);
		const runs: ArticleRun[] = [];
		let pos = 0;
		for (const { sentence, at } of sentences) {
			if (at < pos) continue;
			if (at > pos) runs.push({ text: text.slice(pos, at) });
			const own = facts.filter((f) => f.sentence === sentence && f.paragraph === i + 1);
			const parts = highlight(
				sentence,
				own.map((f) => f.printed)
			).map((seg) => {
				const fact = seg.marked ? own.find((f) => f.printed === seg.text) : undefined;
				const chart = fact && chartOf(fact);
				return chart ? { text: seg.text, chart } : { text: seg.text };
			});
			const offset = quoted.find((s) => s.sentence === sentence)!.offset;
			runs.push({ anchor: sentenceAnchor(offset), parts });
			pos = at + sentence.length;
		}
		if (pos < text.length) runs.push({ text: text.slice(pos) });
		return runs;
	});
}

/**
 * What the article's page shows of its runs: the whole text where the publisher allows it
 * (`fullText`), else only the sentences the site quotes, each with its anchor and its links.
 */
export function shownRuns(paragraphs: ArticleRun[][], fullText: boolean): ArticleRun[][] {
	if (fullText) return paragraphs;
	return paragraphs.map((runs) => runs.filter((run) => 'anchor' in run)).filter((r) => r.length);
}
