import { describe, expect, it } from 'vitest';
import { dataset } from '../../../tests/unit/dataset';
import { SQUARE } from '$lib/charts/waffle/words';
import { nounFor, oneOfThe, type NounForms } from './plural';

// Every counted noun we print: the interface's squares and each fact's countOf.
const NOUNS: [string, NounForms][] = [
	['squares (i18n)', SQUARE],
	...dataset.facts.flatMap((f) =>
		f.countOf ? [[`${f.id}.countOf`, f.countOf] as [string, NounForms]] : []
	)
];

// The form each number calls for, by the grammar of each language (not by Intl, which the code uses).
const RU_BARE = {
	1: 'one',
	2: 'few',
	5: 'many',
	21: 'one',
	22: 'few',
	25: 'many',
	111: 'many'
} as const;
const RU_GENITIVE = {
	1: 'genitiveOne',
	2: 'many',
	5: 'many',
	21: 'genitiveOne',
	22: 'many',
	25: 'many',
	111: 'many'
} as const;
const COUNTS = [1, 2, 5, 21, 22, 25, 111] as const;

describe.each(NOUNS)('the counted noun %s', (_, forms) => {
	it.each(COUNTS)('after %i, in each language', (n) => {
		expect(nounFor(n, forms, 'ru')).toBe(forms.ru[RU_BARE[n]]);
		expect(nounFor(n, forms, 'ru', { genitive: true })).toBe(forms.ru[RU_GENITIVE[n]]);
		expect(nounFor(n, forms, 'en')).toBe(n === 1 ? forms.en.one : forms.en.other);
		expect(nounFor(n, forms, 'kk')).toBe(forms.kk.one);
	});
});

describe('plural forms in words', () => {
	it('say 1 квадрат, 2 квадрата, 5 квадратов, 21 квадрат, 22 квадрата, 25 квадратов, 111 квадратов', () => {
		expect(COUNTS.map((n) => `${n} ${nounFor(n, SQUARE, 'ru')}`)).toEqual([
			'1 квадрат',
			'2 квадрата',
			'5 квадратов',
			'21 квадрат',
			'22 квадрата',
			'25 квадратов',
			'111 квадратов'
		]);
		expect(COUNTS.map((n) => nounFor(n, SQUARE, 'en'))).toEqual([
			'square',
			...Array(6).fill('squares')
		]);
	});

	it('give a fraction the genitive singular in Russian (1,5 квадрата)', () => {
		expect(nounFor(1.5, SQUARE, 'ru')).toBe('квадрата');
	});

	it('say "one of the" with the plural, "бір" with the singular', () => {
		expect(oneOfThe(SQUARE, 'en')).toBe('squares');
		expect(oneOfThe(SQUARE, 'ru')).toBe('квадратов');
		expect(oneOfThe(SQUARE, 'kk')).toBe('шаршы');
	});
});
