import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { chartById } from '../../../tests/unit/dataset';
import SourceQuote from './SourceQuote.svelte';

const props = (id: string, lang: 'kk' | 'en' | 'ru') => {
	const facts = chartById(id).facts;
	const first = facts[0]!;
	return {
		sentence: first.sentence,
		marks: facts.map((f) => f.printed),
		translation: first.translation,
		attribution: first.attribution,
		anchor: 'sentence-1',
		lang
	};
};

describe('SourceQuote', () => {
	it('quotes the Kazakh sentence verbatim with the number as printed marked', () => {
		const { container } = render(SourceQuote, { props: props('japan-investment', 'en') });
		const quote = container.querySelector('blockquote[lang="kk"]');
		expect(quote?.textContent?.trim()).toBe(
			'Оның Қазақстанға құйған қаржы көлемі 8,5 миллиард доллардан асқан.'
		);
		expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
			'8,5 миллиард доллардан асқан'
		]);
	});

	it('labels the translation as one and says who the figure comes from', () => {
		const { container } = render(SourceQuote, { props: props('visit-agreements', 'en') });
		expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
			'3,7 млрд доллардан асатын',
			'60-тан астам'
		]);
		const translation = container.querySelector('[data-translation]')?.textContent ?? '';
		expect(translation).toMatch(/^\s*Translation\s+\(our translation from the Kazakh original\):/);
		expect(translation).toContain('more than 60\u00a0bilateral documents');
		expect(screen.getByText(/Akorda, the office of Kazakhstan’s President/)).toBeTruthy();
		const printed = screen.getByText('Ақорданың хабарлауынша');
		expect(printed.getAttribute('lang')).toBe('kk');
		expect(printed.hasAttribute('data-verbatim')).toBe(true);
		expect(printed.parentElement?.textContent).toMatch(/President \(“Ақорданың хабарлауынша”\)/);
	});

	it('gives the Russian translation on a Russian page, and none on a Kazakh one', () => {
		const ru = render(SourceQuote, { props: props('visit-agreements', 'ru') }).container;
		expect(ru.querySelector('[data-translation]')?.textContent).toMatch(/^\s*Перевод/);
		expect(ru.querySelector('[data-translation]')?.getAttribute('lang')).toBe('ru');
		const kk = render(SourceQuote, { props: props('visit-agreements', 'kk') }).container;
		expect(kk.querySelector('[data-translation]')).toBeNull();
		expect(kk.querySelector('blockquote[lang="kk"]')).not.toBeNull();
	});

	it('links to its sentence in the article view', () => {
		const { container } = render(SourceQuote, { props: props('japan-investment', 'ru') });
		expect(container.querySelector('a')?.getAttribute('href')).toBe('/ru/article#sentence-1');
	});
});
