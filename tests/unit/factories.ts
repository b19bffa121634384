// Small facts, charts and an article made for tests of code, so that a change to data/ never
// breaks a test of a layout, a format or a component. The sentences are the team's own, written
// for the tests; the real data keeps its own integrity tests (tests/unit/dataset.ts).
import type { ArticleMeta, Chart, ChartType, Fact, Localized, Route } from '$lib/data/types';

const texts = (kk: string, en: string, ru: string): Localized => ({ kk, en, ru });

/** A fact with every field filled; `over` replaces any of them. */
export function makeFact(over: Partial<Fact> = {}): Fact {
	return {
		id: 'test-trade',
		label: texts('Сынақ саудасы', 'Test trade', 'Тестовая торговля'),
		value: 3_000_000_000,
		unit: 'USD',
		bound: 'exact',
		period: texts('2030 жыл', '2030', '2030 год'),
		kind: {
			id: 'trade-flow',
			name: texts('бір жылдағы сауда көлемі', 'trade in one year', 'торговля за год')
		},
		measure: texts(
			'Екі ел арасындағы бір жылдағы сауда.',
			'Trade between two countries over one year.',
			'Торговля между двумя странами за год.'
		),
		parties: ['KZ', 'JP'],
		printed: '3 млрд долларға',
		sentence: 'Сынақ мәтінінде екі ел арасындағы сауда 3 млрд долларға жетті.',
		paragraph: 2,
		offset: 0,
		sourceLang: 'kk',
		attribution: { who: texts('Сынақ мәтіні', 'The test text', 'Тестовый текст') },
		translation: {
			en: 'In the test text, trade between the two countries reached 3 billion dollars.',
			ru: 'В тестовом тексте торговля между двумя странами достигла 3 миллиардов долларов.'
		},
		...over
	};
}

/** A chart of `type` drawing `facts`; `over` replaces any other field. */
export function makeChart(type: ChartType, facts: Fact[], over: Partial<Chart> = {}): Chart {
	return {
		id: `test-${type}`,
		type,
		title: texts('Сынақ диаграммасы', 'A test chart', 'Тестовая диаграмма'),
		subtitle: texts(
			'Сынақ үшін жазылған сандар.',
			'Figures written for a test.',
			'Числа, написанные для теста.'
		),
		facts,
		...over
	};
}

/** The article the test facts come from. */
export function makeArticle(over: Partial<ArticleMeta> = {}): ArticleMeta {
	return {
		title: 'Сынақ мақаласы',
		titleTranslation: { en: 'A test article', ru: 'Тестовая статья' },
		date: '2030-03-14',
		lang: 'kk',
		about: texts(
			'Сынаққа арналған мақала.',
			'An article written for tests.',
			'Статья, написанная для тестов.'
		),
		...over
	};
}

/** A route through three places, the first and last named by the test sentence. */
export function makeRoute(over: Partial<Route> = {}): Route {
	return {
		id: 'test-route',
		label: texts('Сынақ жолы, 1200 км', 'Test route, 1,200 km', 'Тестовый путь, 1200 км'),
		emphasis: 'primary',
		waypoints: [
			{ name: texts('Алматы', 'Almaty', 'Алматы'), lon: 76.9, lat: 43.2, printed: 'Алматыдан' },
			{ name: texts('Балқаш', 'Balkhash', 'Балхаш'), lon: 74.98, lat: 46.85 },
			{ name: texts('Астана', 'Astana', 'Астана'), lon: 71.45, lat: 51.17, printed: 'Астанаға' }
		],
		...over
	};
}

/** Expected text with "~" for each no-break space, so a test shows where a line may not break. */
export const nb = (s: string) => s.replaceAll('~', '\u00a0');

/** The forms of "document" each language counts with. */
export const DOCUMENT_FORMS = {
	kk: { one: 'құжат' },
	en: { one: 'document', other: 'documents' },
	ru: { one: 'документ', few: 'документа', many: 'документов', genitiveOne: 'документа' }
};
