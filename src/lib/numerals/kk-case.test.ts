import { describe, expect, it } from 'vitest';
import { kkAblative, kkEnding, type KkCase } from './kk-case';

// What a Kazakh reader hears last, worked out here by arithmetic (not by kkWords), and the
// endings each of those words takes, from the grammar: vowel harmony and the last sound.
const LAST_WORD: Record<string, Record<KkCase, string>> = {
	нөл: { ablative: 'ден', dative: 'ге', locative: 'де', genitive: 'дің', accusative: 'ді' },
	бір: { ablative: 'ден', dative: 'ге', locative: 'де', genitive: 'дің', accusative: 'ді' },
	екі: { ablative: 'ден', dative: 'ге', locative: 'де', genitive: 'нің', accusative: 'ні' },
	үш: { ablative: 'тен', dative: 'ке', locative: 'те', genitive: 'тің', accusative: 'ті' },
	төрт: { ablative: 'тен', dative: 'ке', locative: 'те', genitive: 'тің', accusative: 'ті' },
	бес: { ablative: 'тен', dative: 'ке', locative: 'те', genitive: 'тің', accusative: 'ті' },
	алты: { ablative: 'дан', dative: 'ға', locative: 'да', genitive: 'ның', accusative: 'ны' },
	жеті: { ablative: 'ден', dative: 'ге', locative: 'де', genitive: 'нің', accusative: 'ні' },
	сегіз: { ablative: 'ден', dative: 'ге', locative: 'де', genitive: 'дің', accusative: 'ді' },
	тоғыз: { ablative: 'дан', dative: 'ға', locative: 'да', genitive: 'дың', accusative: 'ды' },
	он: { ablative: 'нан', dative: 'ға', locative: 'да', genitive: 'ның', accusative: 'ды' },
	жиырма: { ablative: 'дан', dative: 'ға', locative: 'да', genitive: 'ның', accusative: 'ны' },
	отыз: { ablative: 'дан', dative: 'ға', locative: 'да', genitive: 'дың', accusative: 'ды' },
	қырық: { ablative: 'тан', dative: 'қа', locative: 'та', genitive: 'тың', accusative: 'ты' },
	елу: { ablative: 'ден', dative: 'ге', locative: 'де', genitive: 'дің', accusative: 'ді' },
	алпыс: { ablative: 'тан', dative: 'қа', locative: 'та', genitive: 'тың', accusative: 'ты' },
	жетпіс: { ablative: 'тен', dative: 'ке', locative: 'те', genitive: 'тің', accusative: 'ті' },
	сексен: { ablative: 'нен', dative: 'ге', locative: 'де', genitive: 'нің', accusative: 'ді' },
	тоқсан: { ablative: 'нан', dative: 'ға', locative: 'да', genitive: 'ның', accusative: 'ды' },
	жүз: { ablative: 'ден', dative: 'ге', locative: 'де', genitive: 'дің', accusative: 'ді' },
	мың: { ablative: 'нан', dative: 'ға', locative: 'да', genitive: 'ның', accusative: 'ды' },
	миллион: { ablative: 'нан', dative: 'ға', locative: 'да', genitive: 'ның', accusative: 'ды' },
	миллиард: { ablative: 'тан', dative: 'қа', locative: 'та', genitive: 'тың', accusative: 'ты' },
	триллион: { ablative: 'нан', dative: 'ға', locative: 'да', genitive: 'ның', accusative: 'ды' }
};
const UNITS = ['', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'];
const TENS = ['', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан'];

function lastWordHeard(n: number): string {
	if (n === 0) return 'нөл';
	if (n % 10) return UNITS[n % 10]!;
	if (n % 100) return TENS[(n % 100) / 10]!;
	if (n % 1000) return 'жүз';
	if (n % 1e6) return 'мың';
	if (n % 1e9) return 'миллион';
	if (n % 1e12) return 'миллиард';
	return 'триллион';
}

const CASES: KkCase[] = ['ablative', 'dative', 'locative', 'genitive', 'accusative'];

describe('Kazakh case endings after a number follow the word the reader hears', () => {
	it('for every whole number from 0 to 20 000', () => {
		// One comparison of all the forms: 100 000 separate expects are too slow on a busy machine.
		const got: string[] = [];
		const want: string[] = [];
		for (let n = 0; n <= 20000; n++) {
			const word = lastWordHeard(n);
			for (const kase of CASES) {
				got.push(`${n}-${kkEnding(n, kase)}`);
				want.push(`${n}-${LAST_WORD[word]![kase]}`);
			}
		}
		expect(got).toEqual(want);
	}, 30_000);

	it('for round and large values up to trillions', () => {
		const values = [
			...[1, 2, 3, 5, 7, 10, 40, 60, 80, 100, 500].flatMap((k) => [k * 1e3, k * 1e6, k * 1e9]),
			1e12,
			3e12,
			1234567,
			7654321000,
			999999999999,
			10_000_001,
			400_000_060
		];
		for (const n of values) {
			expect(`${n}-${kkAblative(n)}`).toBe(`${n}-${LAST_WORD[lastWordHeard(n)]!.ablative}`);
		}
	});

	it('as the review asks: a billion is "миллиардтан", a thousand "мыңнан", sixty "алпыстан"', () => {
		expect(kkAblative(1e9)).toBe('тан');
		expect(kkAblative(1000)).toBe('нан');
		expect(kkAblative(2e6)).toBe('нан');
		expect(kkAblative(60)).toBe('тан');
		expect(kkAblative(80)).toBe('нен');
	});

	it('for a decimal, after its last word: 8,5 is "сегіз бүтін оннан бес"', () => {
		expect(kkAblative(8.5)).toBe('тен');
		expect(kkAblative(3.7)).toBe('ден');
		expect(kkAblative(0.25)).toBe('тен');
	});
});
