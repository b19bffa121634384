/** A sentence of a paragraph, with where it starts in the paragraph. */
export interface Sentence {
	text: string;
	start: number;
}

/** The article's paragraphs: split at blank lines, counted from 1 with the title first. */
export const paragraphsOf = (text: string): string[] =>
	text
		.replace(/\r\n?/g, '\n')
		.split(/\n\s*\n/)
		.map((p) => p.trim())
		.filter(Boolean);

// Words after which a full stop does not end a sentence: titles and initials, and the short forms
// that come before a number or a name. "млн." and "г." do end one when a capital follows.
const NEVER_ENDS =
	/(?:^|[\s(«"“])(?:mr|mrs|ms|dr|prof|st|gen|sen|rep|gov|jr|sr|no|nos|vs|e\.g|i\.e|approx|est|им|г-н|г-жа|проф|ул|т\.е|см|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/iu;
const INITIAL = /(?:^|[\s(«"“.-])\p{Lu}$/u;

/**
 * Splits a paragraph into sentences, verbatim: at . ! ? … (and the quotes that close them) before
 * a space and a capital, a digit or an opening quote or dash. A line break ends a sentence too.
 */
export function sentencesOf(paragraph: string): Sentence[] {
	const out: Sentence[] = [];
	const END = /([.!?…]+)(["»”’)\]]*)(\s+)(?=[\p{Lu}\d"«“(–—-])|\n+/gu;
	let start = 0;
	for (const m of paragraph.matchAll(END)) {
		const stop = m.index + (m[1] ?? '').length + (m[2] ?? '').length;
		const before = paragraph.slice(start, m.index);
		if (m[1] === '.' && (NEVER_ENDS.test(before) || INITIAL.test(before))) continue;
		const text = paragraph.slice(start, m[1] ? stop : m.index);
		if (text.trim()) out.push({ text: text.trim(), start: start + text.search(/\S/) });
		start = m.index + m[0].length;
	}
	const rest = paragraph.slice(start);
	if (rest.trim()) out.push({ text: rest.trim(), start: start + rest.search(/\S/) });
	return out;
}
