import type { Words } from './lexicon';
import type { Token } from './tokens';

/** The end (exclusive) of `words` matched from token `i`, or -1. */
export function matchFrom(tokens: Token[], i: number, words: Words): number {
	for (let k = 0; k < words.length; k++) {
		const t = tokens[i + k];
		if (!t || !words[k]?.test(t.low)) return -1;
	}
	return i + words.length;
}

/** The start of `words` matched so that they end just before token `end`, or -1. */
export function matchBefore(tokens: Token[], end: number, words: Words): number {
	const start = end - words.length;
	if (start < 0) return -1;
	return matchFrom(tokens, start, words) === end ? start : -1;
}

/** The first entry whose words match from token `i`, with where they end. */
export function firstFrom<T extends { words: Words }>(
	tokens: Token[],
	i: number,
	list: readonly T[]
) {
	for (const entry of list) {
		const end = matchFrom(tokens, i, entry.words);
		if (end >= 0) return { entry, end };
	}
	return undefined;
}

/** The first entry whose words end just before token `end`, with where they start. */
export function firstBefore<T extends { words: Words }>(
	tokens: Token[],
	end: number,
	list: readonly T[]
) {
	for (const entry of list) {
		const start = matchBefore(tokens, end, entry.words);
		if (start >= 0) return { entry, start };
	}
	return undefined;
}
