// Reading text back out of a PDF as a reader's program does (pdftotext), and checking that a
// sentence came back verbatim: every word, with a space between neighbouring words.
import { execFileSync } from 'node:child_process';
import { BREAK_AFTER } from '../src/lib/text/wrap';

/** The text pdftotext (poppler) reads from a PDF file, in reading order, UTF-8. */
export function pdfToText(file: string): string {
	return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The sentence as a pattern over extracted text: each space of the sentence may come back as any
 * run of whitespace (a line break included) but must come back, and a line may end after a
 * hyphen or dash inside a word. `gap` is what stands between words: `\s+` to ask for a space,
 * `\s*` to find the words even where they were glued.
 */
function sentencePattern(words: string[], gap: string): RegExp {
	const word = (w: string) =>
		[...w]
			.map((c, i, all) => escape(c) + (BREAK_AFTER.has(c) && i < all.length - 1 ? '\\s*' : ''))
			.join('');
	return new RegExp(words.map((w) => `(${word(w)})`).join(`(${gap})`), 'u');
}

/** Typographic ligatures (ﬁ, ﬂ…) as the letters they stand for: some PDF writers map them so. */
const unligature = (text: string) => text.replace(/[\ufb00-\ufb06]/g, (c) => c.normalize('NFKC'));

export interface SentenceCheck {
	/** The sentence is in the text, word for word, with a space wherever it has one. */
	verbatim: boolean;
	/** Neighbouring words that came back as one token, as "left|right". */
	glued: string[];
}

/** Looks for a sentence in text extracted from a PDF, whitespace and line breaks normalised. */
export function checkSentence(extracted: string, sentence: string): SentenceCheck {
	const text = unligature(extracted);
	const words = sentence.split(/\s+/).filter(Boolean);
	if (sentencePattern(words, '\\s+').test(text)) return { verbatim: true, glued: [] };
	const loose = sentencePattern(words, '\\s*').exec(text);
	if (!loose) return { verbatim: false, glued: [] };
	const glued = words.slice(1).flatMap((w, i) => {
		const gap = loose[2 * i + 2] ?? '';
		return gap === '' ? [`${words[i]}|${w}`] : [];
	});
	return { verbatim: false, glued };
}

/** A word pdftotext found on a page, with its box in the page's units (pt). */
export interface PdfWord {
	text: string;
	xMin: number;
	yMin: number;
	xMax: number;
	yMax: number;
}

/** The first page's size and every word on it with its box, as `pdftotext -bbox` reads them. */
export function pdfWords(file: string): { width: number; height: number; words: PdfWord[] } {
	const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], {
		encoding: 'utf8'
	});
	const page = /<page width="([\d.]+)" height="([\d.]+)">/.exec(html);
	if (!page) throw new Error(`${file}: pdftotext -bbox found no page`);
	const unescape = (s: string) =>
		s
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&quot;/g, '"')
			.replace(/&amp;/g, '&');
	const words = [
		...html.matchAll(
			/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g
		)
	].map(([, xMin, yMin, xMax, yMax, text]) => ({
		text: unescape(text ?? ''),
		xMin: Number(xMin),
		yMin: Number(yMin),
		xMax: Number(xMax),
		yMax: Number(yMax)
	}));
	return { width: Number(page[1]), height: Number(page[2]), words };
}
