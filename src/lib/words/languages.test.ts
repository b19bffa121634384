import { describe, expect, it } from 'vitest';
import { LANGS } from '$lib/data/types';
import { originalLabel, translationNote } from './languages';

describe('the labels of a quote, for every source language in every interface language', () => {
	it('names the original’s language as each language says it', () => {
		expect(LANGS.map((l) => originalLabel('ru', l))).toEqual([
			'Түпнұсқа (орысша)',
			'Original (Russian)',
			'Оригинал (на русском)'
		]);
		expect(LANGS.map((l) => originalLabel('en', l))).toEqual([
			'Түпнұсқа (ағылшынша)',
			'Original (English)',
			'Оригинал (на английском)'
		]);
		expect(LANGS.map((l) => originalLabel('kk', l))).toEqual([
			'Түпнұсқа (қазақша)',
			'Original (Kazakh)',
			'Оригинал (на казахском)'
		]);
	});

	it('says our translation is ours, from the original’s language, in the case each language needs', () => {
		expect(translationNote('ru', 'en')).toBe('ours, from the Russian original');
		expect(translationNote('ru', 'kk')).toBe('орысша түпнұсқадан біздің аудармамыз');
		expect(translationNote('en', 'kk')).toBe('ағылшынша түпнұсқадан біздің аудармамыз');
		expect(translationNote('en', 'ru')).toBe('наш, с английского оригинала');
		expect(translationNote('kk', 'ru')).toBe('наш, с казахского оригинала');
		expect(translationNote('kk', 'en')).toBe('ours, from the Kazakh original');
	});
});
