import type { Context } from './core';
import { readDate } from './dates';
import { LEXICONS } from './lexicon';
import { firstFrom } from './match';
import { boundAndChange, readQuantity, type Found } from './quantity';
import { paragraphsOf, sentencesOf } from './sentences';
import { tokenize, type Token } from './tokens';
import type { Candidate, ReaderLang } from './types';

// Fractions said in words: "үштен бірі", "две трети", "a third", "half of".
const EN_FRACTIONS: [RegExp, number][] = [
	[/^halves?$/, 2],
	[/^half$/, 2],
	[/^thirds?$/, 3],
	[/^quarters?$/, 4],
	[/^fifths?$/, 5],
	[/^tenths?$/, 10]
];
const RU_FRACTIONS: [RegExp, number][] = [
	[/^(?:половин\p{L}*)$/u, 2],
	[/^(?:трет\p{L}*)$/u, 3],
	[/^(?:четверт\p{L}*)$/u, 4]
];

function round(value: number): number {
	return Number(value.toPrecision(12));
}

/** A fraction in words at token `i`, as a share between 0 and 1. */
function readFraction(ctx: Context, i: number): Found | undefined {
	const { tokens, lex } = ctx;
	const t = tokens[i];
	if (!t || t.kind !== 'word') return undefined;
	const low = t.low;
	if (lex.lang === 'kk') {
		// "үштен бірі": of three, one. "жартысы": half of it.
		const m = /^(бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|жүз)(ден|тен|нан|нен|ен)$/u.exec(low);
		const next = tokens[i + 1]?.low ?? '';
		const n = /^(бір|екі|үш|төрт)(і|сі|ін|сін|іне|ісі|ісін|ісіне)$/u.exec(next);
		if (m && n) {
			const den =
				['бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'].indexOf(m[1] ?? '') +
					1 || (m[1] === 'он' ? 10 : 100);
			const num = ['бір', 'екі', 'үш', 'төрт'].indexOf(n[1] ?? '') + 1;
			return { start: i, end: i + 2, value: num / den, unit: 'fraction', bound: 'exact' };
		}
		if (
			/^жарты(сы|сын|сына|сынан|сында)$/u.test(low) &&
			!/^(бірінші|екінші|соңғы)$/u.test(tokens[i - 1]?.low ?? '')
		) {
			return { start: i, end: i + 1, value: 0.5, unit: 'fraction', bound: 'exact' };
		}
		return undefined;
	}
	const table = lex.lang === 'ru' ? RU_FRACTIONS : EN_FRACTIONS;
	const den = table.find(([re]) => re.test(low))?.[1];
	if (!den) return undefined;
	const prev = tokens[i - 1];
	const prevLow = prev?.low ?? '';
	if (/^(?:first|second|last|первой|второй|первая|вторая|первую|вторую)$/.test(prevLow))
		return undefined;
	const words = ['one', 'two', 'three', 'four'];
	const ruWords = /^(?:одна|одну|две|двух|три|трёх|трех)$/u;
	let start = i;
	let num = 1;
	if (lex.lang === 'en') {
		// "two-thirds" is one token.
		const [head, tail] = low.split('-');
		if (tail && words.includes(head ?? '')) {
			const d = EN_FRACTIONS.find(([re]) => re.test(tail))?.[1];
			if (!d) return undefined;
			return {
				start: i,
				end: i + 1,
				value: (words.indexOf(head ?? '') + 1) / d,
				unit: 'fraction',
				bound: 'exact'
			};
		}
		if (prevLow === 'a' || prevLow === 'one') start = i - 1;
		else if (words.includes(prevLow)) {
			start = i - 1;
			num = words.indexOf(prevLow) + 1;
		} else if (!(den === 2 && tokens[i + 1]?.low === 'of')) return undefined;
		if (den !== 2 && start === i) return undefined;
	} else {
		if (ruWords.test(prevLow)) {
			start = i - 1;
			num = /^(?:одна|одну)$/u.test(prevLow) ? 1 : /^(?:две|двух)$/u.test(prevLow) ? 2 : 3;
		}
	}
	return { start, end: i + 1, value: num / den, unit: 'fraction', bound: 'exact' };
}

function readFactor(ctx: Context, i: number): Found | undefined {
	const hit = firstFrom(ctx.tokens, i, ctx.lex.factors);
	if (!hit || hit.entry.value === undefined) return undefined;
	// "doubled", "tripled" say a change themselves.
	const verb = /ed$/.test(ctx.tokens[hit.end - 1]?.low ?? '');
	return {
		start: i,
		end: hit.end,
		value: hit.entry.value,
		unit: 'times',
		bound: 'exact',
		// "halved" went down.
		...(verb ? { change: true as const, direction: hit.entry.value < 1 ? 'down' : 'up' } : {})
	};
}

function toCandidate(found: Found, text: string, tokens: Token[], paragraph: number): Candidate {
	const span = (a: number, b: number) => text.slice(tokens[a]?.start ?? 0, tokens[b - 1]?.end ?? 0);
	const c: Candidate = {
		paragraph,
		sentence: text,
		printed: span(found.start, found.end),
		value: found.unit === 'date' ? null : round(found.value),
		unit: found.unit,
		bound: found.bound
	};
	if (found.max !== undefined) c.max = round(found.max);
	if (found.countOf) c.countOf = found.countOf;
	if (found.change) c.change = true;
	if (found.direction) c.direction = found.direction;
	if (found.iso) c.iso = found.iso;
	if (found.hedge) c.hedge = span(found.hedge[0], found.hedge[1]);
	return c;
}

/** Every number a sentence states, in reading order. */
export function readSentence(lang: ReaderLang, text: string, paragraph = 1): Candidate[] {
	const tokens = tokenize(text);
	const ctx: Context = { lex: LEXICONS[lang], text, tokens };
	const out: Candidate[] = [];
	let i = 0;
	let lastEnd = 0;
	while (i < tokens.length) {
		const date = readDate(ctx, i);
		if (date) {
			out.push(toCandidate(date, text, tokens, paragraph));
			i = lastEnd = date.end;
			continue;
		}
		const word = readFraction(ctx, i) ?? readFactor(ctx, i);
		const simple = word && boundAndChange(ctx, word, ctx.tokens[word.end - 1]?.low ?? '');
		if (simple) {
			out.push(toCandidate(simple, text, tokens, paragraph));
			i = lastEnd = simple.end;
			continue;
		}
		const reading = readQuantity(ctx, i);
		if (!reading) {
			i += 1;
			continue;
		}
		if ('skip' in reading) {
			i = Math.max(reading.skip, i + 1);
			continue;
		}
		// A hedge before the number can reach back over an earlier phrase's end: keep order.
		const found = reading.found;
		if (found.start < lastEnd) found.start = lastEnd;
		if (found.hedge && found.hedge[0] < found.start) delete found.hedge;
		out.push(toCandidate(found, text, tokens, paragraph));
		i = Math.max(found.end, i + 1);
		lastEnd = found.end;
	}
	return out;
}

/** Every number an article states: paragraphs split at blank lines, the title paragraph 1. */
export function readArticle(lang: ReaderLang, article: string): Candidate[] {
	return paragraphsOf(article).flatMap((p, k) =>
		sentencesOf(p).flatMap((s) => readSentence(lang, s.text, k + 1))
	);
}

/**
 * What the words of one printed number say, as the validator checks them: the first quantity in
 * the words, or undefined when they hold none.
 */
export function readPrinted(lang: ReaderLang, printed: string): Candidate | undefined {
	return readSentence(lang, printed).find((c) => c.unit !== 'date');
}
