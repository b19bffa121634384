import { describe, expect, it } from 'vitest';
import { nb } from '../../tests/unit/factories';
import { plainSpaces, quote, typeset } from './typography';

describe('typeset', () => {
	it('puts each language’s quotation marks, inner ones one level down', () => {
		expect(typeset('the article says "астам" here', 'ru')).toBe('the article says «астам» here');
		expect(typeset('“a “b” c”', 'kk')).toBe('«a „b“ c»');
		expect(typeset('«a «b» c»', 'en')).toBe('“a ‘b’ c”');
		// An apostrophe is not a quote.
		expect(typeset('Japan’s “trade”', 'en')).toBe('Japan’s “trade”');
	});

	it('leaves unbalanced quotes as they are rather than guess', () => {
		expect(typeset('a "b', 'ru')).toBe('a "b');
		expect(typeset('a » b', 'ru')).toBe('a » b');
	});

	it('writes a dash between words as the language does, never at the start of a line', () => {
		expect(typeset('Азия – Европа', 'ru')).toBe(nb('Азия~— Европа'));
		expect(typeset('Азия - Европа', 'kk')).toBe(nb('Азия~— Европа'));
		expect(typeset('Asia – Europe', 'en')).toBe(nb('Asia~– Europe'));
		// Hyphens inside words stay: 60-тан, Қасым-Жомарт, Kazakhstan–Japan.
		expect(typeset('60-тан Қасым-Жомарт Kazakhstan–Japan', 'kk')).toBe(
			'60-тан Қасым-Жомарт Kazakhstan–Japan'
		);
	});

	it('keeps a number with its unit, scale word or noun, and a scale word with its sign', () => {
		expect(typeset('8,5 млрд $ и 6500 км в 2024 году', 'ru')).toBe(
			nb('8,5~млрд~$ и 6500~км в 2024~году')
		);
		expect(typeset('$8.5 bn and 6,500 km', 'en')).toBe(nb('$8.5~bn and 6,500~km'));
		expect(typeset('20 December 2025 on the summit; 2024 is inferred', 'en')).toBe(
			nb('20~December 2025 on the summit; 2024 is inferred')
		);
		expect(typeset('в 2024 году', 'ru')).toBe(nb('в 2024~году'));
	});

	it('changes nothing the second time', () => {
		for (const lang of ['kk', 'en', 'ru'] as const) {
			const once = typeset('“Орталық Азия – Жапония” 8,5 млрд $ "a “b” c"', lang);
			expect(typeset(once, lang)).toBe(once);
		}
	});
});

describe('quote', () => {
	it('quotes our text with its quotes one level down, and the article’s words as printed', () => {
		expect(quote('says “астам”', 'ru')).toBe('«says „астам“»');
		expect(quote('"Орталық Азия – Жапония" саммитінде', 'ru', { verbatim: true })).toBe(
			'«"Орталық Азия – Жапония" саммитінде»'
		);
		expect(quote('60+', 'en')).toBe('“60+”');
	});
});

describe('plainSpaces', () => {
	it('gives data files ordinary spaces', () => {
		expect(plainSpaces(nb('8,5~млрд~$'))).toBe('8,5 млрд $');
	});
});
