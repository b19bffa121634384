import { touching, type Token } from './tokens';
import type { ReaderLang } from './types';

/** A number written in digits: its value and the tokens it spans (end exclusive). */
export interface Digits {
	value: number;
	start: number;
	end: number;
	/** The integer part as printed, without separators ("6500"), to tell years from amounts. */
	integer: string;
	/** Whether it has a decimal part or thousands separators (then it is not a year). */
	formatted: boolean;
}

const isDigits = (t: Token | undefined, length?: number) =>
	t?.kind === 'digits' && (length === undefined || t.text.length === length);

// The spaces that group thousands in Kazakh and Russian: plain, no-break and narrow no-break.
const GROUP_SPACE = /^[ \u00a0\u202f\u2009]$/;

/**
 * Reads digits at token `i` with the language's separators: English groups by commas and has a
 * decimal point (6,500.5); Kazakh and Russian group by spaces and have a decimal comma (6 500,5),
 * a point being read as decimal too (8.5), as their press prints both.
 */
export function readDigits(
	lang: ReaderLang,
	text: string,
	tokens: Token[],
	i: number
): Digits | undefined {
	const first = tokens[i];
	if (!first || first.kind !== 'digits') return undefined;
	let end = i + 1;
	let integer = first.text;
	let formatted = false;
	const groupSep = (a: Token | undefined, b: Token | undefined) =>
		lang === 'en'
			? b?.text === ',' && touching(a, b)
			: !!a && !!b && isDigits(b) && b.start === a.end + 1 && GROUP_SPACE.test(text[a.end] ?? '');
	if (first.text.length <= 3) {
		for (;;) {
			const last = tokens[end - 1];
			if (lang === 'en') {
				const sep = tokens[end];
				const next = tokens[end + 1];
				if (!groupSep(last, sep) || !isDigits(next, 3) || !touching(sep, next)) break;
				// "1,500,000" but not "5,6": a group is three digits, not followed by another digit.
				integer += next?.text ?? '';
				end += 2;
			} else {
				const next = tokens[end];
				if (!groupSep(last, next) || !isDigits(next, 3)) break;
				integer += next?.text ?? '';
				end += 1;
			}
			formatted = true;
		}
	}
	let value = Number(integer);
	const point = tokens[end];
	const fraction = tokens[end + 1];
	const decimal = lang === 'en' ? /^\.$/ : /^[.,]$/;
	if (
		point &&
		decimal.test(point.text) &&
		touching(tokens[end - 1], point) &&
		isDigits(fraction) &&
		touching(point, fraction)
	) {
		value = Number(`${integer}.${fraction?.text}`);
		end += 2;
		formatted = true;
	}
	return { value, start: i, end, integer, formatted };
}
