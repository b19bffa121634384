// Every number of the article is charted or declared not charted. The gate is a broad scan for
// anything that looks like a number (digits, and number words standing alone), not the number
// reader: a number the reader misses must still be accounted for.
import { DataError } from './errors';
import type { Article, Lang, NotCharted } from './types';

// Numbers written as words, which articles use too ("бір пайыздан төмен", "үш салаға").
const NUMBER_WORDS: Record<Lang, Set<string>> = {
	kk: words(
		'бір екі үш төрт бес алты жеті сегіз тоғыз он жиырма отыз қырық елу алпыс жетпіс сексен тоқсан жүз мың'
	),
	ru: words(
		'один одна одно два две три четыре пять шесть семь восемь девять десять двадцать тридцать сорок пятьдесят сто тысяча тысячи тысяч миллион миллиона миллионов миллиард миллиарда миллиардов'
	),
	en: words(
		'one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million billion dozen'
	)
};

function words(list: string): Set<string> {
	return new Set(list.split(' '));
}

// Digits with their group and decimal separators as each language writes them.
const DIGITS: Record<Lang, RegExp> = {
	kk: /\d+(?:[ ,]\d+)*/g,
	ru: /\d+(?:[ ,\u00a0]\d+)*/g,
	en: /\d+(?:[,.]\d+)*/g
};

/** A number of the article as printed, with the paragraph (1-based) and place it stands at. */
export interface PrintedNumber {
	paragraph: number;
	at: number;
	printed: string;
}

/** Every number in the paragraphs, in digits or as a standalone number word. */
export function numbersIn(paragraphs: string[], lang: Lang): PrintedNumber[] {
	return paragraphs.flatMap((text, i) => [
		...[...text.matchAll(DIGITS[lang])].map((m) => ({
			paragraph: i + 1,
			at: m.index,
			printed: m[0]
		})),
		...[...text.matchAll(/\p{L}+/gu)]
			.filter((m) => NUMBER_WORDS[lang].has(m[0].toLowerCase()))
			.map((m) => ({ paragraph: i + 1, at: m.index, printed: m[0] }))
	]);
}

/** Whether `phrase`, found in the paragraph, covers the place `at`. */
function covers(text: string, phrase: string, at: number): boolean {
	for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
		if (i <= at && at < i + phrase.length) return true;
	}
	return false;
}

/** The numbers of the article that no fact charts and no not-charted entry declares. */
export function unaccounted(
	article: Article,
	charted: { paragraph: number; printed: string }[],
	notCharted: NotCharted[]
): PrintedNumber[] {
	const accounts = (n: PrintedNumber, list: { paragraph: number; printed: string }[]) =>
		list.some(
			(d) =>
				d.paragraph === n.paragraph &&
				covers(article.paragraphs[n.paragraph - 1] ?? '', d.printed, n.at)
		);
	return numbersIn(article.paragraphs, article.lang).filter(
		(n) => !accounts(n, charted) && !accounts(n, notCharted)
	);
}

/** Fails at the first number of the article that is neither charted nor declared not charted. */
export function checkCoverage(
	article: Article,
	charted: { paragraph: number; printed: string }[],
	notCharted: NotCharted[],
	files: { text: string; facts: string; notCharted: string }
): void {
	const [first] = unaccounted(article, charted, notCharted);
	if (first) {
		throw new DataError(
			files.text,
			`paragraph ${first.paragraph}`,
			first.printed,
			`is neither charted (a fact in ${files.facts}) nor declared not charted (${files.notCharted})`,
			'number'
		);
	}
}
