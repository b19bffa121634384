import { describe, expect, it } from 'vitest';
import { kkNumeral, kkParse, kkWords } from './kk';

describe('kkWords reads a number aloud in Kazakh', () => {
	it.each([
		[0, 'нөл'],
		[1, 'бір'],
		[7, 'жеті'],
		[10, 'он'],
		[15, 'он бес'],
		[40, 'қырық'],
		[60, 'алпыс'],
		[99, 'тоқсан тоғыз'],
		[100, 'жүз'],
		[101, 'жүз бір'],
		[250, 'екі жүз елу'],
		[999, 'тоғыз жүз тоқсан тоғыз'],
		[1000, 'мың'],
		[1100, 'мың жүз'],
		[2025, 'екі мың жиырма бес'],
		[6500, 'алты мың бес жүз'],
		[10_000, 'он мың'],
		[700_000, 'жеті жүз мың'],
		[1_000_000, 'бір миллион'],
		[1_001_000, 'бір миллион мың'],
		[2_000_000_000, 'екі миллиард'],
		[3_700_000_000, 'үш миллиард жеті жүз миллион'],
		[1_000_000_000_000, 'бір триллион'],
		[
			12_345_678_901_234,
			'он екі триллион үш жүз қырық бес миллиард алты жүз жетпіс сегіз миллион тоғыз жүз бір мың екі жүз отыз төрт'
		],
		[8.5, 'сегіз бүтін оннан бес'],
		[3.7, 'үш бүтін оннан жеті'],
		[0.25, 'нөл бүтін жүзден жиырма бес'],
		[1.125, 'бір бүтін мыңнан жүз жиырма бес'],
		[2.0001, 'екі бүтін он мыңнан бір'],
		[-3, 'минус үш'],
		[0.0000002, 'нөл бүтін он миллионнан екі']
	])('%d → %s', (value, words) => {
		expect(kkWords(value)).toBe(words);
	});

	it('reads back every integer it writes, over a range of values', () => {
		const values = [
			...Array.from({ length: 1200 }, (_, i) => i + 1),
			...Array.from({ length: 300 }, (_, i) => (i * 7919 * 104729) % 999_999_999_999)
		];
		for (const value of values) {
			const words = kkWords(value).split(' ');
			const read = kkParse(words);
			expect(read, kkWords(value)).toMatchObject({ value, length: words.length });
		}
	});

	it('refuses what it cannot read aloud', () => {
		expect(() => kkWords(Number.NaN)).toThrow('NaN is not a finite number');
		expect(() => kkWords(1e15)).toThrow('beyond trillions');
	});
});

describe('kkParse reads Kazakh number words, with their case endings', () => {
	it.each([
		['жеті жүз мың', 700_000],
		['бір жарым', 1.5],
		['екі жарым миллион', 2_500_000],
		['жиырма бес мың', 25_000],
		['үш жүз', 300],
		['жүзден', 100],
		['мыңнан', 1000],
		['алпыстан', 60],
		['он бестен', 15]
	])('%s → %d', (text, value) => {
		expect(kkParse(text.split(' '))?.value).toBe(value);
	});

	it('stops where the number stops', () => {
		expect(kkParse(['бес', 'он'])).toMatchObject({ value: 5, length: 1 });
		expect(kkParse(['мың', 'миллион'])).toMatchObject({ value: 1000, length: 1 });
	});

	it.each([
		'бірі',
		'бірге',
		'біраз',
		'бірақ',
		'үшін',
		'онда',
		'оның',
		'ондаған',
		'екінші',
		'алтын',
		'жетті',
		'мыңдаған',
		'жүзі'
	])('"%s" is not a number word', (word) => {
		expect(kkNumeral(word)).toBeUndefined();
	});

	it('keeps the ending it found', () => {
		expect(kkNumeral('мыңнан')).toEqual({ value: 1000, kind: 'scale', ending: 'нан' });
		expect(kkNumeral('жетпіске')).toEqual({ value: 70, kind: 'ten', ending: 'ке' });
	});
});
