/** A piece of a sentence: plain text, or a number as printed that the reader's eye should find. */
export interface Segment {
	text: string;
	marked: boolean;
}

/**
 * Splits a sentence so that each phrase in `marks` (the numbers as printed) is its own marked
 * segment. Phrases are found left to right; one that is not in the sentence is an error, since
 * validation has already checked that each is.
 */
export function highlight(sentence: string, marks: string[]): Segment[] {
	const found = marks
		.map((m) => {
			const at = sentence.indexOf(m);
			if (at < 0) throw new Error(`"${m}" is not in the sentence`);
			return { at, end: at + m.length };
		})
		.sort((a, b) => a.at - b.at);
	const segments: Segment[] = [];
	let pos = 0;
	for (const { at, end } of found) {
		if (at < pos) continue; // overlaps the previous mark
		if (at > pos) segments.push({ text: sentence.slice(pos, at), marked: false });
		segments.push({ text: sentence.slice(at, end), marked: true });
		pos = end;
	}
	if (pos < sentence.length) segments.push({ text: sentence.slice(pos), marked: false });
	return segments;
}
