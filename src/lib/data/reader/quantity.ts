import { readCore, endingAfter, type Context, type Core } from './core';
import { kkCase } from './kazakh-case';
import { firstBefore, firstFrom } from './match';
import { touching, type Token } from './tokens';
import type { ChangeDirection, ReaderBound, ReaderUnit } from './types';

/** A number phrase found in a sentence, as token spans, before it becomes a candidate. */
export interface Found {
	start: number;
	end: number;
	value: number;
	unit: ReaderUnit;
	bound: ReaderBound;
	max?: number;
	change?: true;
	direction?: ChangeDirection;
	countOf?: string;
	/** For a date: ISO 8601. */
	iso?: string;
	/** Token span of the words that set the bound. */
	hedge?: [number, number];
}

/** What to do at a token: a phrase found, or a number to skip (an ordinal, a code) to `end`. */
export type Reading = { found: Found } | { skip: number };

const DASH = /^[-–—‐]$/;

/** The ending a unit word carries after its stem ("долларға" → "ға"). */
function stemEnding(t: Token | undefined, re: RegExp | undefined): string {
	if (!t || !re) return '';
	const m = re.exec(t.low);
	return m ? t.low.slice(m[0].length).replace(/^-/, '') : '';
}

function unitAfter(ctx: Context, end: number) {
	const { tokens, lex } = ctx;
	let at = end;
	// "2 млрд АҚШ долларына", "$5 billion US dollars": a country word before the currency.
	if (lex.currencyPrefix.test(tokens[at]?.low ?? '')) {
		const next = firstFrom(tokens, at + 1, lex.units);
		if (next && /^[A-Z]{3}$/.test(next.entry.unit)) at += 1;
	}
	// "млн. долл.", "тыс. т": a full stop after an abbreviated scale.
	if (
		tokens[at]?.text === '.' &&
		touching(tokens[at - 1], tokens[at]) &&
		firstFrom(tokens, at + 1, lex.units)
	) {
		at += 1;
	}
	const hit = firstFrom(tokens, at, lex.units);
	if (!hit) return undefined;
	let stop = hit.end;
	if (lex.currencySuffix.test(tokens[stop]?.low ?? '')) stop += 1;
	const last = hit.entry.words[hit.entry.words.length - 1];
	return { unit: hit.entry.unit, end: stop, ending: stemEnding(tokens[hit.end - 1], last) };
}

/** The second end of a range after `core` ("5–7", "от 5 до 7", "between 5 and 7"), if any. */
function rangeEnd(ctx: Context, core: Core, start: number) {
	const { tokens, lex } = ctx;
	const at = core.end;
	const join = tokens[at];
	if (!join) return undefined;
	const opened = start > 0 && lex.rangeOpen.test(tokens[start - 1]?.low ?? '');
	let second: Core | undefined;
	if (DASH.test(join.text) && (tokens[at + 1]?.kind !== 'word' || !touching(join, tokens[at + 1])))
		second = readCore(ctx, at + 1, { joined: true });
	else if (lex.rangeJoin.test(join.low)) {
		const bare = lex.lang === 'en' && join.low === 'to' && !unitAfter(ctx, at) && !core.scaled;
		const kkPair = lex.lang === 'kk';
		if (opened || bare || kkPair) second = readCore(ctx, at + 1);
		if (second && kkPair && !/^аралығ/u.test(tokens[second.end]?.low ?? '')) second = undefined;
	} else if (lex.lang === 'kk' && kkCase(core.ending) === 'ablative') {
		const next = readCore(ctx, at);
		if (next) {
			const u = unitAfter(ctx, next.end);
			const after = u?.end ?? next.end + (endingAfter(ctx, next.end) ? 2 : 0);
			if (tokens[after]?.low === 'дейін') second = next;
		}
	}
	if (!second || second.yearLike !== core.yearLike) return undefined;
	return second;
}

function countWords(ctx: Context, from: number): string | undefined {
	const { tokens, lex } = ctx;
	const words: Token[] = [];
	for (let k = from; k < tokens.length && words.length < 3; k++) {
		const t = tokens[k];
		if (!t || t.kind !== 'word' || lex.stopWords.test(t.low)) break;
		words.push(t);
		// One noun in Kazakh and Russian, with the adjectives before it.
		const adjective =
			lex.lang === 'kk'
				? /(?:[лдт][ыі]|[ғгқк][ыі]|дағы|дегі|тағы|тегі|лық|лік)$/u.test(t.low)
				: lex.lang === 'ru'
					? /(?:ых|их|ые|ие|ая|яя|ое|ее|ой|ый|ий|ого|его|ым|им|ую|юю)$/u.test(t.low)
					: /^\p{Lu}/u.test(t.text) ||
						/(?:al|an|ic|ive|ern|ese|ish|ary|ing|ed)$/u.test(t.low) ||
						/^(?:new|old|other|major|large|small|big|key|main|top|further|more|additional|separate)$/u.test(
							t.low
						);
		if (!adjective) break;
	}
	const first = words[0];
	const last = words[words.length - 1];
	return first && last ? ctx.text.slice(first.start, last.end) : undefined;
}

/** Whether a word stands close before token `start` (within `reach` words, in the clause). */
function near(ctx: Context, start: number, reach: number, re: RegExp): boolean {
	for (let k = start - 1; k >= Math.max(0, start - reach); k--) {
		const t = ctx.tokens[k];
		if (!t) break;
		if (/^[.;:!?]$/.test(t.text)) break;
		if (re.test(t.low)) return true;
	}
	return false;
}

const changeNear = (ctx: Context, start: number, reach: number) =>
	near(ctx, start, reach, ctx.lex.changeBefore);

const CLAUSE_END = /^[.;:!?]$/;

/**
 * Which way a change in tokens [start, end) went: its sign ("+62%", "−5%"), or the rise or fall
 * word nearest it in its clause, either side ("exports rose 5% and imports fell 3%"); none when
 * the nearest words say both or neither.
 */
function directionOf(ctx: Context, start: number, end: number): ChangeDirection | undefined {
	const { tokens, lex } = ctx;
	const at = tokens[start - 1];
	const sign = at && at.end === tokens[start]?.start ? at.text : '';
	if (sign === '+') return 'up';
	if (/^[−-]$/.test(sign)) return 'down';
	let before = true;
	let after = true;
	for (let d = 0; d < 8 && (before || after); d++) {
		const seen = new Set<ChangeDirection>();
		for (const [k, open] of [
			[start - 1 - d, before],
			[end + d, after]
		] as const) {
			const t = tokens[k];
			if (!open) continue;
			if (!t || CLAUSE_END.test(t.text)) {
				if (k < start) before = false;
				else after = false;
				continue;
			}
			if (lex.rises.test(t.low)) seen.add('up');
			if (lex.falls.test(t.low)) seen.add('down');
		}
		if (seen.size > 0) return seen.size === 1 ? [...seen][0] : undefined;
	}
	return undefined;
}

// Years without the word "year": English prints them bare ("in 2025"), Kazakh and Russian almost
// always add "жыл" / "год" (read elsewhere), so four digits alone are a count there ("1200 оқушы")
// unless a preposition and no noun make them a year ("с 2020 по 2025").
const YEAR_BEFORE: Record<string, RegExp> = {
	kk: /(?!)/,
	ru: /^(?:в|во|с|со|до|к|по|от|после|между|и|на|за|около|начиная|середины|конца|начала)$/,
	en: /^(?:in|since|by|until|till|from|to|of|during|before|after|between|and|through|for|early|late|mid|the|around|circa|year|fiscal)$/
};

function bareYear(ctx: Context, start: number, end: number): boolean {
	const before = ctx.tokens[start - 1];
	const next = ctx.tokens[end];
	const nounAfter = next?.kind === 'word' && !ctx.lex.stopWords.test(next.low);
	if (ctx.lex.lang === 'en') return !nounAfter || YEAR_BEFORE.en?.test(before?.low ?? '') === true;
	return !nounAfter && YEAR_BEFORE[ctx.lex.lang]?.test(before?.low ?? '') === true;
}

/** Reads the number phrase whose number starts at token `i`. */
export function readQuantity(ctx: Context, i: number): Reading | undefined {
	const { tokens, lex } = ctx;
	const core = readCore(ctx, i);
	if (!core) return undefined;
	if (lex.labelBefore.test(tokens[i - 1]?.low ?? '')) return { skip: core.end };
	let start = core.start;
	let end = core.end;
	let value = core.value;
	let unit: ReaderUnit | undefined;
	let ending = core.ending;
	let year = false;
	let hyphenWord: string | undefined;

	const hyphen = endingAfter(ctx, end);
	if (hyphen !== undefined) {
		if (lex.ordinal.test(hyphen)) return { skip: end + 2 };
		const asUnit = firstFrom(tokens, end + 1, lex.units);
		end += 2;
		if (core.yearLike && (lex.yearWords.test(hyphen) || lex.lang !== 'kk')) year = true;
		else if (asUnit && lex.lang !== 'kk') unit = asUnit.entry.unit;
		else if (lex.lang === 'kk') ending = hyphen;
		else hyphenWord = hyphen;
	}
	const glued = tokens[end];
	if (touching(tokens[end - 1], glued) && glued?.kind === 'word' && lex.ordinal.test(glued.low)) {
		return { skip: end + 1 };
	}

	let max: number | undefined;
	let rangeHedge: [number, number] | undefined;
	const second = year ? undefined : rangeEnd(ctx, core, start);
	if (second) {
		max = second.value;
		// "5–7 млн": the scale of the high end is the low end's too.
		if (!core.scaled && second.scaled && value * second.scale <= max) value *= second.scale;
		const opener = start - 1;
		if (opener >= 0 && lex.rangeOpen.test(tokens[opener]?.low ?? '')) {
			start = opener;
			rangeHedge = [opener, opener + 1];
		}
		end = second.end;
		ending = second.ending;
		const hy = endingAfter(ctx, end);
		if (hy !== undefined && lex.lang === 'kk') {
			ending = hy;
			end += 2;
		}
		if (lex.lang === 'kk' && /^аралығ/u.test(tokens[end]?.low ?? '')) end += 1;
		if (lex.lang === 'kk' && tokens[end]?.low === 'дейін') end += 1;
	}

	// "с 12 до 16 процентов", "from 5 to 7 million": the low figure shares the high one's unit.
	let sharedUnit: ReaderUnit | undefined;
	if (!second && !year) {
		const from = tokens[start - 1]?.low ?? '';
		const to = tokens[end]?.low ?? '';
		if (
			(lex.lang === 'ru' && /^(?:с|со)$/.test(from) && to === 'до') ||
			(lex.lang === 'en' && from === 'from' && to === 'to')
		) {
			const other = readCore(ctx, end + 1);
			const theirs = other && readQuantity(ctx, end + 1);
			if (
				other &&
				theirs &&
				'found' in theirs &&
				theirs.found.unit !== 'count' &&
				theirs.found.unit !== 'year'
			) {
				if (!core.scaled && other.scaled) value *= other.scale;
				sharedUnit = theirs.found.unit;
			}
		}
	}

	// English "m" is million after money or before a noun, and metres otherwise.
	const before = firstBefore(tokens, start, lex.unitsBefore);
	if (lex.lang === 'en' && tokens[end]?.low === 'm' && !year) {
		const next = tokens[end + 1];
		const metres =
			!before &&
			(!next ||
				next.kind !== 'word' ||
				/^(?:long|high|deep|wide|tall|away|above|below|from|of|in|on|at|and|or|to|by)$/.test(
					next.low
				));
		if (!metres) {
			value *= 1e6;
			end += 1;
		}
	}
	if (before) {
		unit = before.entry.unit;
		start = before.start;
	}
	const after = year || unit ? undefined : unitAfter(ctx, end);
	if (after && (!unit || /^[A-Z]{3}$/.test(after.unit) === /^[A-Z]{3}$/.test(unit))) {
		unit ??= after.unit;
		end = after.end;
		ending = after.ending || ending;
		const hy = endingAfter(ctx, end);
		if (hy !== undefined && lex.lang === 'kk') {
			ending = hy;
			end += 2;
		}
	}
	if (!unit && !year && core.yearLike && !second?.scaled && bareYear(ctx, start, end)) year = true;
	if (
		!unit &&
		!year &&
		lex.yearWords.test(tokens[end]?.low ?? '') &&
		core.digits &&
		!core.scaled &&
		value >= 1000 &&
		value <= 2200
	) {
		year = true;
	}
	if (year) {
		if (lex.yearWords.test(tokens[end]?.low ?? '')) end += 1;
		if (tokens[end]?.text === '.' && tokens[end - 1]?.low === 'г') end += 1;
		return {
			found: {
				start,
				end,
				value,
				unit: 'year',
				bound: max !== undefined ? 'range' : 'exact',
				...(max !== undefined ? { max } : {})
			}
		};
	}
	if (core.loneOne && !unit && !core.scaled) return { skip: end };

	unit ??= sharedUnit;
	let found: Found = { start, end, value, unit: unit ?? 'count', bound: 'exact' };
	if (max !== undefined) {
		found.max = max;
		found.bound = 'range';
		if (rangeHedge) found.hedge = rangeHedge;
	}
	// "14 раз в неделю" is how often; "в 2 раза" is a factor.
	if (lex.lang === 'ru' && unit === 'times' && !/^во?$/.test(tokens[start - 1]?.low ?? '')) {
		found.unit = 'count';
		found.countOf = ctx.text.slice(tokens[end - 1]?.start, tokens[end - 1]?.end);
		unit = undefined;
	}
	found = boundAndChange(ctx, found, ending);
	if (core.vague && found.bound === 'exact') return { skip: end };
	if (!unit && !found.countOf) {
		const countOf = hyphenWord ?? countWords(ctx, found.end);
		if (countOf) found.countOf = countOf;
	}
	return { found };
}

/**
 * Sets the bound from a hedge before ("более", "more than", "кем дегенде") or after ("астам",
 * "с лишним"), and marks a change ("up 62%", "на 18,6 процента", "14 пайызға көп").
 * `ending` is the Kazakh case ending the phrase ends in.
 */
export function boundAndChange(ctx: Context, found: Found, ending = ''): Found {
	const { tokens, lex } = ctx;
	let { start, end } = found;
	const { unit } = found;
	let bound = found.bound;
	let hedge = found.hedge;
	if (bound === 'exact') {
		const hb = firstBefore(tokens, start, lex.hedgesBefore);
		if (hb) {
			let take = true;
			const word = tokens[hb.start]?.low ?? '';
			// "снизился до 635,2 млн" and "с 5 до 7" are values reached, not "up to".
			if (lex.lang === 'ru' && word === 'до') {
				take =
					!changeNear(ctx, hb.start, 8) &&
					!near(ctx, hb.start, 8, lex.reached) &&
					!/^(?:с|со)$/.test(tokens[hb.start - 2]?.low ?? '');
			}
			// "over five years" is a span of time, not "more than five".
			if (
				lex.lang === 'en' &&
				/^(?:over|under)$/.test(word) &&
				lex.timeNouns.test(tokens[end]?.low ?? '')
			)
				take = false;
			if (take) {
				bound = hb.entry.bound;
				hedge = [hb.start, start];
				start = hb.start;
			}
		}
	}
	let hedgedAfter = false;
	if (bound === 'exact') {
		const ha = firstFrom(tokens, end, lex.hedgesAfter);
		if (ha) {
			const wanted = ha.entry.after;
			let take = !wanted || kkCase(ending) === wanted;
			// "15 млн тоннаға дейін жеткізу", "дейін өсті": a value reached, not "up to".
			if (take && ha.entry.bound === 'at-most' && lex.reached.test(tokens[ha.end]?.low ?? ''))
				take = false;
			if (take) {
				bound = ha.entry.bound;
				hedge = [end, ha.end];
				end = ha.end;
				hedgedAfter = true;
			}
		}
	}
	// Kazakh "мыңдай", "пайыздай": the ending "-дай" says about.
	if (bound === 'exact' && lex.lang === 'kk' && /^[дт][аеә]й$/u.test(ending)) {
		bound = 'about';
		hedge = [end - 1, end];
	}

	let change = false;
	const next = tokens[end]?.low ?? '';
	const prev = tokens[start - 1]?.low ?? '';
	if (lex.lang === 'kk') {
		// "14 пайызға көп", "5 пайыз төмен", "екі есе өсті"; but "пайыздан төмен" is a bound, and
		// a change only when a change word follows it: "62 пайыздан астам өсті".
		change =
			(kkCase(ending) !== 'ablative' || hedgedAfter) &&
			bound !== 'at-most' &&
			lex.changeAfter.test(next);
		change ||= lex.changeBefore.test(prev);
	} else if (lex.lang === 'ru') {
		const na = prev === 'на';
		const share = unit === 'percent' || unit === 'pp';
		change =
			(na && (share || changeNear(ctx, start - 1, 6) || lex.changeAfter.test(next))) ||
			(lex.changeBefore.test(prev) && prev !== 'до' && unit !== 'count');
		if ((unit === 'times' || unit === 'fraction') && changeNear(ctx, start, 4)) change = true;
		if (unit === 'times' && lex.changeAfter.test(next)) change = true;
	} else {
		const comparative = /^(?:more|less|fewer)$/.test(next);
		change =
			(lex.changeBefore.test(prev) && prev !== 'to' && unit !== 'count') ||
			(prev === 'by' && changeNear(ctx, start - 1, 5)) ||
			(lex.changeAfter.test(next) &&
				(!comparative || unit === 'percent' || unit === 'pp' || unit === 'times') &&
				unit !== 'count');
	}
	const out: Found = { ...found, start, end, bound };
	if (hedge) out.hedge = hedge;
	if (change) {
		out.change = true;
		const direction = found.direction ?? directionOf(ctx, start, end);
		if (direction) out.direction = direction;
	}
	return out;
}
