/** A piece of a sentence: a run of digits, a word (hyphens inside), or one other character. */
export interface Token {
	kind: 'digits' | 'word' | 'sym';
	/** As printed. */
	text: string;
	/** Lowercase, for matching. */
	low: string;
	start: number;
	end: number;
}

// Words keep inner hyphens and apostrophes ("twenty-five", "премьер-министрі", "o'clock"); a
// hyphen after digits ("60-тан") stays a token of its own, so the ending can be read apart.
const TOKEN = /(\d+)|([\p{L}\p{M}]+(?:[-‐'’][\p{L}\p{M}]+)*)|(\S)/gu;

/** The tokens of a text, spaces dropped, each with its offsets in the text. */
export function tokenize(text: string): Token[] {
	return [...text.matchAll(TOKEN)].map((m) => ({
		kind: m[1] ? 'digits' : m[2] ? 'word' : 'sym',
		text: m[0],
		low: m[0].toLowerCase(),
		start: m.index,
		end: m.index + m[0].length
	}));
}

/** Whether two tokens touch, with no space between. */
export const touching = (a: Token | undefined, b: Token | undefined) =>
	!!a && !!b && a.end === b.start;
