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

// A Russian article's sentence, with our translations into Kazakh and English (not Russian).
const russian = {
	sentence: 'Экспорт в тестовую страну превысил 15 млрд долларов, сообщило тестовое ведомство.',
	sourceLang: 'ru' as const,
	marks: ['превысил 15 млрд долларов'],
	translation: {
		kk: 'Сынақ еліне экспорт 15 млрд доллардан асты, деп хабарлады сынақ ведомствосы.',
		en: 'Exports to the test country exceeded 15 billion dollars, the test agency said.'
	},
	attribution: {
		printed: 'сообщило тестовое ведомство',
		who: { kk: 'Сынақ ведомствосы', en: 'The test agency', ru: 'Тестовое ведомство' }
	},
	sentenceHref: '/en/articles/test-article#sentence-1'
};

describe('SourceQuote of a Russian article', () => {
	it('on the English page: the Russian sentence, marked ru, and our English translation labelled as ours from the Russian', () => {
		const { container } = render(SourceQuote, { props: { ...russian, lang: 'en' } });
		expect(container.querySelector('.label')?.textContent).toBe('Original (Russian)');
		const quote = container.querySelector('blockquote[data-verbatim]');
		expect(quote?.getAttribute('lang')).toBe('ru');
		expect(quote?.textContent?.trim()).toBe(russian.sentence);
		expect(container.querySelector('mark')?.textContent).toBe('превысил 15 млрд долларов');
		const translation = container.querySelector('[data-translation]');
		expect(translation?.getAttribute('lang')).toBe('en');
		expect(translation?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
			'Translation (ours, from the Russian original): Exports to the test country exceeded 15 billion dollars, the test agency said.'
		);
		expect(container.querySelector('.attribution [data-verbatim]')?.getAttribute('lang')).toBe(
			'ru'
		);
	});

	it('on the Kazakh page: the sentence and our Kazakh translation from the Russian original', () => {
		const { container } = render(SourceQuote, { props: { ...russian, lang: 'kk' } });
		expect(container.querySelector('.label')?.textContent).toBe('Түпнұсқа (орысша)');
		expect(container.querySelector('[data-translation]')?.textContent).toMatch(
			/^\s*Аударма\s+\(орысша түпнұсқадан біздің аудармамыз\):\s+Сынақ еліне экспорт/
		);
	});

	it('on the Russian page: the sentence alone, with no translation', () => {
		const { container } = render(SourceQuote, { props: { ...russian, lang: 'ru' } });
		expect(container.querySelector('.label')?.textContent).toBe('Оригинал (на русском)');
		expect(container.querySelector('blockquote[lang="ru"]')?.textContent?.trim()).toBe(
			russian.sentence
		);
		expect(container.querySelector('[data-translation]')).toBeNull();
	});
});
