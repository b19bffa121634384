import { numeral, parseNumberWords } from '$lib/numerals';
import { readDigits } from './digits';
import type { Lexicon } from './lexicon';
import { touching, type Token } from './tokens';

/** A number at the heart of a phrase, in digits or words, with its scale word. */
export interface Core {
	value: number;
	/** Token span, end exclusive. */
	start: number;
	end: number;
	/** Written in digits (not words). */
	digits: boolean;
	/** Digits that could be a year: four, with no separators, no decimals and no scale. */
	yearLike: boolean;
	/** A lone word for one ("бір", "one", "одна"), an article more often than a number. */
	loneOne: boolean;
	/** A scale on its own in the plural ("тысячи", "thousands"): vague without a hedge. */
	vague: boolean;
	/** Whether a scale word was read ("млрд", "million", "bn"). */
	scaled: boolean;
	/** The scale the number ends with (1e9 for "7 млрд"), or 1: a range's low end shares it. */
	scale: number;
	/** The case ending of the last word, Kazakh ("60-тан" → "тан", "мыңнан" → "нан"). */
	ending: string;
}

export interface Context {
	lex: Lexicon;
	text: string;
	tokens: Token[];
}

/** Whether the number at `i` is glued to a word or code ("G7", "COVID-19", "C5+1"). */
function glued(tokens: Token[], i: number): boolean {
	const before = tokens[i - 1];
	const t = tokens[i];
	if (!touching(before, t)) return false;
	if (before?.kind !== 'sym') return true;
	return /^[-+/:]$/.test(before.text) && touching(tokens[i - 2], before);
}

function scaleAt(ctx: Context, i: number): number | undefined {
	const t = ctx.tokens[i];
	if (!t || t.kind !== 'word') return undefined;
	const n = numeral[ctx.lex.lang](t.low);
	if (n?.kind === 'scale') return n.value;
	return ctx.lex.scales.find(([re]) => re.test(t.low))?.[1];
}

/** The number that starts at token `i`, or undefined (also for glued codes and labels). */
export function readCore(ctx: Context, i: number, { joined = false } = {}): Core | undefined {
	const { tokens, lex } = ctx;
	const t = tokens[i];
	if (!t) return undefined;
	if (t.kind === 'digits') {
		if (!joined && glued(tokens, i)) return undefined;
		const d = readDigits(lex.lang, ctx.text, tokens, i);
		if (!d) return undefined;
		// Clock times and scores ("10:30", "2:1") are not quantities.
		if (tokens[d.end]?.text === ':' && tokens[d.end + 1]?.kind === 'digits') return undefined;
		let end = d.end;
		let value = d.value;
		let scaled = false;
		let scale: number | undefined;
		// "5bn", "8,5 миллиард", "2 млрд": the scale multiplies the digits.
		scale = scaleAt(ctx, end);
		if (scale !== undefined && lex.lang === 'en' && tokens[end]?.low === 'm') scale = undefined;
		if (scale !== undefined) {
			value *= scale;
			end += 1;
			scaled = true;
			// "1,2 тыс. компаний": the full stop of the short form, when the sentence goes on.
			const dot = tokens[end];
			if (dot?.text === '.' && touching(tokens[end - 1], dot) && end + 1 < tokens.length) end += 1;
		}
		const ending =
			endingAfter(ctx, end) ?? numeral[lex.lang](tokens[end - 1]?.low ?? '')?.ending ?? '';
		return {
			value,
			start: i,
			end,
			digits: true,
			yearLike: !scaled && !d.formatted && d.integer.length === 4 && value >= 1000 && value <= 2200,
			loneOne: false,
			vague: false,
			scaled,
			scale: scale ?? 1,
			ending
		};
	}
	if (t.kind !== 'word') return undefined;
	const words = tokens.map((x) => (x.kind === 'word' ? x.low : x.text));
	const parsed = parseNumberWords[lex.lang](words, i);
	if (!parsed) return undefined;
	const last = parsed.numerals[parsed.numerals.length - 1];
	const end = i + parsed.length;
	return {
		value: parsed.value,
		start: i,
		end,
		digits: false,
		yearLike: false,
		loneOne: parsed.numerals.length === 1 && last?.kind === 'digit' && last.value === 1,
		vague: parsed.numerals.length === 1 && !!last?.plural,
		scaled: parsed.numerals.some((n) => n.kind === 'scale'),
		scale: last?.kind === 'scale' ? last.value : 1,
		ending: last?.ending ?? ''
	};
}

/** A Kazakh case ending hyphenated to the token before `end` ("60-тан"), if any. */
export function endingAfter(ctx: Context, end: number): string | undefined {
	const { tokens } = ctx;
	const dash = tokens[end];
	const word = tokens[end + 1];
	if (dash?.text !== '-' || !touching(tokens[end - 1], dash) || !touching(dash, word))
		return undefined;
	return word?.kind === 'word' ? word.low : undefined;
}
