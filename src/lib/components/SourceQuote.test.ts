import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { chartById } from '../../../tests/unit/dataset';
import SourceQuote from './SourceQuote.svelte';

describe('SourceQuote', () => {
	it('quotes the Kazakh sentence verbatim with the number as printed marked', () => {
		const [fact] = chartById('japan-investment').facts;
		const { container } = render(SourceQuote, { sentence: fact!.sentence, facts: [fact!] });
		const quote = container.querySelector('blockquote[lang="kk"]');
		expect(quote?.textContent?.trim()).toBe(
			'Оның Қазақстанға құйған қаржы көлемі 8,5 миллиард доллардан асқан.'
		);
		expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
			'8,5 миллиард доллардан асқан'
		]);
	});

	it('labels the translation as one and says who the figure comes from', () => {
		const facts = chartById('visit-agreements').facts;
		const { container } = render(SourceQuote, { sentence: facts[0]!.sentence, facts });
		expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
			'3,7 млрд доллардан асатын',
			'60-тан астам'
		]);
		const translation = container.querySelector('[data-translation]')?.textContent ?? '';
		expect(translation).toMatch(/^\s*Translation\s+\(our translation from the Kazakh original\):/);
		expect(translation).toContain('more than 60 bilateral documents');
		expect(screen.getByText(/Akorda, the office of Kazakhstan’s President/)).toBeTruthy();
		expect(screen.getByText('«Ақорданың хабарлауынша»')).toBeTruthy();
	});
});
