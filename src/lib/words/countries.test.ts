import { describe, expect, it } from 'vitest';
import { countryName, countryNumeric, isCountryCode } from './countries';
import { listOf } from './list';

describe('the country table', () => {
	it('names the Central Asian states and Japan as the region’s press does, in each language', () => {
		const codes = ['KZ', 'KG', 'TJ', 'TM', 'UZ', 'JP'];
		expect(codes.map((c) => countryName(c, 'kk'))).toEqual([
			'Қазақстан',
			'Қырғызстан',
			'Тәжікстан',
			'Түрікменстан',
			'Өзбекстан',
			'Жапония'
		]);
		expect(codes.map((c) => countryName(c, 'ru'))).toEqual([
			'Казахстан',
			'Кыргызстан',
			'Таджикистан',
			'Туркменистан',
			'Узбекистан',
			'Япония'
		]);
		expect(codes.map((c) => countryName(c, 'en'))).toEqual([
			'Kazakhstan',
			'Kyrgyzstan',
			'Tajikistan',
			'Turkmenistan',
			'Uzbekistan',
			'Japan'
		]);
		expect(countryName('CN', 'ru')).toBe('Китай');
	});

	it('gives the numeric code world-atlas names shapes by', () => {
		expect(countryNumeric('KZ')).toBe('398');
		expect(countryNumeric('JP')).toBe('392');
	});

	it('knows only two-letter codes, in capitals', () => {
		expect(isCountryCode('KZ')).toBe(true);
		for (const code of ['kz', 'KAZ', 'Kazakhstan', 'XX', ''])
			expect(isCountryCode(code)).toBe(false);
		expect(() => countryName('XX', 'en')).toThrow(
			'"XX" is not an ISO 3166-1 two-letter country code'
		);
	});
});

describe('listOf', () => {
	it('joins as each language lists', () => {
		expect(listOf(['Қазақстан', 'Жапония'], 'kk')).toBe('Қазақстан және Жапония');
		expect(listOf(['Казахстан', 'Япония', 'Китай'], 'ru')).toBe('Казахстан, Япония и Китай');
		expect(listOf(['Kazakhstan'], 'en')).toBe('Kazakhstan');
		expect(listOf([], 'en')).toBe('');
	});
});
