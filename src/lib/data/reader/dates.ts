import type { Context } from './core';
import type { Found } from './quantity';
import { touching } from './tokens';

const pad = (n: number) => String(n).padStart(2, '0');

function monthAt(ctx: Context, i: number): number | undefined {
	const t = ctx.tokens[i];
	if (!t || t.kind !== 'word') return undefined;
	return ctx.lex.months.find(([re]) => re.test(t.low))?.[1];
}

function dayAt(ctx: Context, i: number): number | undefined {
	const t = ctx.tokens[i];
	if (t?.kind !== 'digits' || t.text.length > 2) return undefined;
	const n = Number(t.text);
	return n >= 1 && n <= 31 ? n : undefined;
}

function yearAt(ctx: Context, i: number): { year: number; end: number } | undefined {
	const t = ctx.tokens[i];
	if (t?.kind !== 'digits' || t.text.length !== 4) return undefined;
	const year = Number(t.text);
	if (year < 1000 || year > 2200) return undefined;
	let end = i + 1;
	const { tokens, lex } = ctx;
	// "2025 жыл", "2025-жылы", "2025 года", "2025 г."
	if (
		tokens[end]?.text === '-' &&
		touching(t, tokens[end]) &&
		lex.yearWords.test(tokens[end + 1]?.low ?? '')
	)
		end += 2;
	else if (lex.yearWords.test(tokens[end]?.low ?? '')) end += 1;
	if (
		tokens[end]?.text === '.' &&
		tokens[end - 1]?.low === 'г' &&
		touching(tokens[end - 1], tokens[end])
	)
		end += 1;
	return { year, end };
}

const date = (start: number, end: number, iso: string): Found => ({
	start,
	end,
	value: Number.NaN,
	unit: 'date',
	bound: 'exact',
	iso
});

/**
 * A date at token `i`: "20 желтоқсан 2025 жыл", "2025 жылғы 20 желтоқсанда", "20 декабря 2025
 * года", "December 20, 2025", "20 December", "20.12.2025", "2025-12-20", "December 2025".
 */
export function readDate(ctx: Context, i: number): Found | undefined {
	const { tokens } = ctx;
	const t = tokens[i];
	if (!t) return undefined;
	// Digits with dots or dashes: 20.12.2025 (kk, ru) and 2025-12-20 (ISO).
	if (t.kind === 'digits') {
		const parts = [i, i + 2, i + 4].map((k) => tokens[k]);
		const seps = [tokens[i + 1], tokens[i + 3]];
		const all =
			parts.every((p) => p?.kind === 'digits') &&
			seps.every(
				(s, k) =>
					s && s.text === seps[0]?.text && touching(parts[k], s) && touching(s, parts[k + 1])
			);
		if (all && seps[0] && /^[.-]$/.test(seps[0].text)) {
			const [a, b, c] = parts.map((p) => Number(p?.text));
			if (seps[0].text === '-' && parts[0]?.text.length === 4 && b && c && b <= 12 && c <= 31)
				return date(i, i + 5, `${a}-${pad(b)}-${pad(c)}`);
			if (seps[0].text === '.' && parts[2]?.text.length === 4 && a && b && a <= 31 && b <= 12)
				return date(i, yearAt(ctx, i + 4)?.end ?? i + 5, `${c}-${pad(b)}-${pad(a)}`);
		}
	}
	// A year, then a day and a month: "2025 жылғы 20 желтоқсанда", "2025 жылдың 20 желтоқсанында".
	const y0 = yearAt(ctx, i);
	if (y0 && y0.end > i + 1) {
		const d = dayAt(ctx, y0.end);
		const m = monthAt(ctx, y0.end + 1);
		if (d && m) return date(i, y0.end + 2, `${y0.year}-${pad(m)}-${pad(d)}`);
	}
	// A day, then a month, then perhaps a year: "20 желтоқсан 2025", "20 декабря", "20 December 2025".
	const d = dayAt(ctx, i);
	if (d) {
		let k = i + 1;
		// "20-шы желтоқсан", "20-го декабря"
		if (
			tokens[k]?.text === '-' &&
			touching(t, tokens[k]) &&
			tokens[k + 1]?.kind === 'word' &&
			monthAt(ctx, k + 2)
		)
			k += 2;
		const m = monthAt(ctx, k);
		if (m) {
			const y = yearAt(ctx, k + 1);
			return y
				? date(i, y.end, `${y.year}-${pad(m)}-${pad(d)}`)
				: date(i, k + 1, `--${pad(m)}-${pad(d)}`);
		}
	}
	// A month, then a day and perhaps a year: "December 20, 2025", "Dec. 20".
	const m = monthAt(ctx, i);
	if (m) {
		let k = i + 1;
		if (tokens[k]?.text === '.' && touching(t, tokens[k])) k += 1;
		const day = dayAt(ctx, k);
		// "May 5" but not "may 5 percent": a day must not be followed by a unit or a scale.
		if (day && (ctx.lex.lang !== 'en' || /^\p{Lu}/u.test(t.text))) {
			let end = k + 1;
			if (
				tokens[end]?.kind === 'word' &&
				ctx.lex.ordinal.test(tokens[end]?.low ?? '') &&
				touching(tokens[k], tokens[end])
			)
				end += 1;
			const comma = tokens[end]?.text === ',' ? 1 : 0;
			const y = yearAt(ctx, end + comma);
			return y
				? date(i, y.end, `${y.year}-${pad(m)}-${pad(day)}`)
				: date(i, end, `--${pad(m)}-${pad(day)}`);
		}
		// "December 2025", "в декабре 2025 года", "желтоқсан 2025"
		const y = yearAt(ctx, k);
		if (y && (ctx.lex.lang !== 'en' || /^\p{Lu}/u.test(t.text)))
			return date(i, y.end, `${y.year}-${pad(m)}`);
	}
	return undefined;
}
