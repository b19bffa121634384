import { describe, expect, it } from 'vitest';
import { dataset } from '../../../tests/unit/dataset';

// Numbers written as words, which the article uses too ("бір пайыздан төмен", "үш салаға").
const NUMBER_WORDS = new Set(
	'бір екі үш төрт бес алты жеті сегіз тоғыз он жиырма отыз қырық елу алпыс жетпіс сексен тоқсан жүз мың'.split(
		' '
	)
);

/** Every number in the article, in digits or as a standalone number word, with where it stands. */
function numbersIn(paragraphs: string[]) {
	return paragraphs.flatMap((text, i) => [
		...[...text.matchAll(/\d+(?:[ ,]\d+)*/g)].map((m) => ({
			paragraph: i + 1,
			at: m.index,
			printed: m[0]
		})),
		...[...text.matchAll(/\p{L}+/gu)]
			.filter((m) => NUMBER_WORDS.has(m[0].toLowerCase()))
			.map((m) => ({ paragraph: i + 1, at: m.index, printed: m[0] }))
	]);
}

describe('every number in the article', () => {
	const { article, facts, notCharted } = dataset;
	const numbers = numbersIn(article.paragraphs);

	/** Whether a phrase, found in a paragraph, covers the number at `at`. */
	const covers = (paragraph: number, phrase: string, at: number) => {
		const text = article.paragraphs[paragraph - 1] ?? '';
		for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
			if (i <= at && at < i + phrase.length) return true;
		}
		return false;
	};

	it('finds the numbers there are (a check on the scan itself)', () => {
		expect(numbers.map((n) => n.printed)).toEqual(
			expect.arrayContaining(['2025', '80', '6500', 'бір', '2', '8,5', '3,7', '60', 'үш', 'екі'])
		);
	});

	it('is charted, or declared not charted with a reason', () => {
		const unaccounted = numbers.filter(
			(n) =>
				!facts.some((f) => f.paragraph === n.paragraph && covers(n.paragraph, f.printed, n.at)) &&
				!notCharted.some((d) => d.paragraph === n.paragraph && covers(n.paragraph, d.printed, n.at))
		);
		expect(
			unaccounted.map((n) => `paragraph ${n.paragraph}: "${n.printed}"`),
			'numbers in the article that are neither charted (data/facts.json) nor declared not charted (data/not-charted.json)'
		).toEqual([]);
	});

	it('has every charted fact drawn by some chart', () => {
		const drawn = new Set(dataset.charts.flatMap((c) => c.facts.map((f) => f.id)));
		expect(facts.filter((f) => !drawn.has(f.id)).map((f) => f.id)).toEqual([]);
	});
});
