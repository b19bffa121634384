// Every text we write goes through `typeset` before a reader sees it: the data's texts when the
// dataset is loaded, the interface words in `t()`, the figures in format.ts. It puts the language's
// quotation marks and the no-break spaces a line must not break at. The article's own words
// (sentences, numbers as printed, its title) never go through it: they stay as printed.
import type { Lang } from './data/types';

export const NBSP = '\u00a0';

/** Outer and inner quotation marks: «…» with „…“ inside in Kazakh and Russian, “…” with ‘…’ in English. */
const QUOTES: Record<Lang, [open: string, close: string][]> = {
	kk: [
		['«', '»'],
		['„', '“']
	],
	ru: [
		['«', '»'],
		['„', '“']
	],
	en: [
		['“', '”'],
		['‘', '’']
	]
};

const marks = (depth: number, lang: Lang) => {
	const levels = QUOTES[lang];
	return levels[Math.min(depth, levels.length - 1)] as [string, string];
};

/**
 * Quotation marks by depth in the language's style. `"…"`, `“…”`, `«…»` and `„…“` are read as
 * quotes; an unbalanced text is left as it is (the page typography test reports it).
 * English apostrophes (Japan’s) are not quotes and are never touched.
 */
function quotes(text: string, lang: Lang, depth0 = 0): string {
	const stack: string[] = [];
	let out = '';
	for (const ch of text) {
		const top = stack[stack.length - 1];
		const closes =
			(ch === '»' && top === '«') ||
			(ch === '”' && top === '“') ||
			(ch === '“' && top === '„') ||
			(ch === '"' && top === '"');
		if (closes) {
			stack.pop();
			out += marks(depth0 + stack.length, lang)[1];
		} else if (ch === '«' || ch === '„' || ch === '“' || ch === '"') {
			out += marks(depth0 + stack.length, lang)[0];
			stack.push(ch);
		} else if (ch === '»' || ch === '”') {
			return text; // a closing mark with no opening one: not ours to guess
		} else out += ch;
	}
	return stack.length ? text : out;
}

const YEAR = /^[12]\d{3}$/;

// A currency sign after a scale word stays on its line: "8,5 млрд $".
const SCALE_SIGN = /(?<=(?:трлн|млрд|млн|tn|bn|m)) (?=[$₸€])/g;

function spaces(text: string, lang: Lang): string {
	return text
		.replace(/[ \u00a0]+[-–—][ \u00a0]+/g, lang === 'en' ? `${NBSP}– ` : `${NBSP}— `)
		.replace(/(?<![\d.,])(\d[\d.,]*) (?=([^\s\-–—]))/g, (all, number: string, next: string) =>
			// An English year is not glued to the English word after it ("2024 is inferred"); a
			// Kazakh or Russian year is, to its "жыл"/"году", in every language's text.
			lang === 'en' && YEAR.test(number) && /[a-z]/.test(next) ? all : number + NBSP
		)
		.replace(SCALE_SIGN, NBSP);
}

/**
 * Our text as the reader's language prints it: its quotation marks; a dash between words as
 * the language writes it (Kazakh and Russian an em dash, English a spaced en dash), with a
 * no-break space before it; a no-break space after a number (8,5 млрд, 6500 км, 2024 году,
 * 20 декабря; in English not after a year) and after a scale word (млрд $). Running it twice changes nothing.
 */
export function typeset(text: string, lang: Lang): string {
	return spaces(quotes(text, lang), lang);
}

/**
 * A text inside the language's quotation marks. Our own text is typeset one level down (its
 * quotes become inner quotes); `verbatim` text (the article's title) is put inside as it is.
 */
export function quote(text: string, lang: Lang, { verbatim = false } = {}): string {
	const [open, close] = marks(0, lang);
	return `${open}${verbatim ? text : spaces(quotes(text, lang, 1), lang)}${close}`;
}

/** The language's outer quotation marks, for markup that puts the article's words between them. */
export const quoteMarks = (lang: Lang): [string, string] => marks(0, lang);

/** The text with ordinary spaces, for data files (CSV, JSON) that programs read. */
export const plainSpaces = (text: string) => text.replaceAll(NBSP, ' ');

/** The text with its first letter capitalised, as a heading opens: "share of a total" → "Share of a total". */
export const sentenceCase = (text: string, lang: Lang): string =>
	text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
