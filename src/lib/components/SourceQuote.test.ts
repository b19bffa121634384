import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Fact } from '$lib/data/types';
import { makeFact } from '../../../tests/unit/factories';
import { fixtureChart } from '../../../tests/unit/fixture-charts';

// Two figures in one sentence, with a named source, as a visit's documents and their value.
const sentence =
	'Сынақ министрлігінің хабарлауынша, сапар кезінде құны 900 млн доллардан асатын 25-тен астам құжатқа қол қойылды.';
const shared = {
	sentence,
	attribution: {
		printed: 'Сынақ министрлігінің хабарлауынша',
		who: { kk: 'Сынақ министрлігі', en: 'The test ministry', ru: 'Тестовое министерство' }
	},
	translation: {
		en: 'According to the test ministry, more than 25 test documents worth over 900 million dollars were signed during the visit.',
		ru: 'По сообщению тестового министерства, во время визита подписано более 25 тестовых документов стоимостью свыше 900 миллионов долларов.'
	}
};
const twoInOne: Fact[] = [
	makeFact({
		...shared,
		id: 'count',
		value: 25,
		unit: 'count',
		bound: 'more-than',
		printed: '25-тен астам'
	}),
	makeFact({
		...shared,
		id: 'value',
		value: 9e8,
		bound: 'more-than',
		printed: '900 млн доллардан асатын'
	})
];
const factsOf = (id: string) => (id === 'units-two-in-one' ? twoInOne : fixtureChart(id).facts);
import SourceQuote from './SourceQuote.svelte';

const props = (id: string, lang: 'kk' | 'en' | 'ru') => {
	const facts = factsOf(id);
	const first = facts[0]!;
	return {
		sentence: first.sentence,
		sourceLang: 'kk' as const,
		marks: facts.map((f) => f.printed),
		translation: first.translation,
		attribution: first.attribution,
		sentenceHref: '/en/articles/test-article#sentence-1',
		lang
	};
};

describe('SourceQuote', () => {
	it('quotes the Kazakh sentence verbatim with the number as printed marked', () => {
		const { container } = render(SourceQuote, { props: props('bars-more-than', 'en') });
		const quote = container.querySelector('blockquote[lang="kk"]');
		expect(quote?.textContent?.trim()).toBe(
			'Сынақ жобасына 1,2 млрд доллардан астам қаржы салынды.'
		);
		expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
			'1,2 млрд доллардан астам'
		]);
	});

	it('labels the translation as one and says who the figure comes from', () => {
		const { container } = render(SourceQuote, { props: props('units-two-in-one', 'en') });
		expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
			'900 млн доллардан асатын',
			'25-тен астам'
		]);
		const translation = container.querySelector('[data-translation]')?.textContent ?? '';
		expect(translation).toMatch(/^\s*Translation\s+\(ours, from the Kazakh original\):/);
		expect(translation).toContain('more than 25 test documents');
		expect(screen.getByText(/The test ministry/)).toBeTruthy();
		const attribution = container.querySelector('.attribution');
		expect(attribution?.textContent?.replace(/\s+/g, ' ')).toContain(
			'The test ministry (“Сынақ министрлігінің хабарлауынша”)'
		);
		expect(attribution?.querySelector('[data-verbatim][lang="kk"]')?.textContent).toBe(
			'Сынақ министрлігінің хабарлауынша'
		);
	});

	it('gives the Russian translation on a Russian page, and none on a Kazakh one', () => {
		const ru = render(SourceQuote, { props: props('units-two-in-one', 'ru') }).container;
		expect(ru.querySelector('[data-translation]')?.textContent).toMatch(/^\s*Перевод/);
		expect(ru.querySelector('[data-translation]')?.getAttribute('lang')).toBe('ru');
		const kk = render(SourceQuote, { props: props('units-two-in-one', 'kk') }).container;
		expect(kk.querySelector('[data-translation]')).toBeNull();
		expect(kk.querySelector('blockquote[lang="kk"]')).not.toBeNull();
	});

	it('links to its sentence in the article view', () => {
		const { container } = render(SourceQuote, { props: props('bars-more-than', 'ru') });
		expect(container.querySelector('a')?.getAttribute('href')).toBe(
			'/en/articles/test-article#sentence-1'
		);
	});

	it('in compact form (embeds) keeps the sentence and the labelled translation only', () => {
		const { container } = render(SourceQuote, {
			props: { ...props('units-two-in-one', 'ru'), compact: true }
		});
		expect(container.querySelector('blockquote[lang="kk"]')?.textContent).toContain(
			'25-тен астам құжатқа қол қойылды'
		);
		expect(container.querySelector('[data-translation]')?.textContent).toMatch(
			/^\s*Перевод\s+\(наш, с казахского оригинала\):/
		);
		expect(container.textContent).not.toContain('Сынақ министрлігінің хабарлауынша»');
		expect(container.querySelector('a')).toBeNull();
	});
});
