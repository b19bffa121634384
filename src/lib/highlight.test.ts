import { describe, expect, it } from 'vitest';
import { highlight } from './highlight';

const sentence =
	'Ақорданың хабарлауынша, Қазақстан президенті Қасым-Жомарт Тоқаевтың Жапонияға сапар аясында жалпы құны 3,7 млрд доллардан асатын 60-тан астам екіжақты құжатқа қол қойылған.';

describe('highlight', () => {
	it('marks each number as printed, in sentence order, keeping every character', () => {
		const segments = highlight(sentence, ['60-тан астам', '3,7 млрд доллардан асатын']);
		expect(segments.filter((s) => s.marked).map((s) => s.text)).toEqual([
			'3,7 млрд доллардан асатын',
			'60-тан астам'
		]);
		expect(segments.map((s) => s.text).join('')).toBe(sentence);
	});

	it('marks a number at the very start or end', () => {
		expect(highlight('80% бар', ['80%'])).toEqual([
			{ text: '80%', marked: true },
			{ text: ' бар', marked: false }
		]);
		expect(highlight('бар 80%', ['80%']).at(-1)).toEqual({ text: '80%', marked: true });
	});

	it('refuses a phrase that is not in the sentence', () => {
		expect(() => highlight(sentence, ['9 млрд'])).toThrow('"9 млрд" is not in the sentence');
	});
});
