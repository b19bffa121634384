// One chart of each type and bound, drawn from facts written for the tests, so that every kind of
// figure derek can draw has an exported snapshot of its own (tests/snapshots/fixtures/), whatever
// the real article happens to chart.
import type { Chart, ChartType, Fact } from '$lib/data/types';
import { makeChart, makeFact, makeRoute } from './factories';

/** A comparison route beside the test route: drawn light, through places the text does not name. */
const detour = makeRoute({
	id: 'test-detour',
	emphasis: 'secondary',
	label: { kk: 'Айналма жол', en: 'Detour', ru: 'Объезд' },
	waypoints: [
		{ name: { kk: 'Алматы', en: 'Almaty', ru: 'Алматы' }, lon: 76.9, lat: 43.2 },
		{ name: { kk: 'Шымкент', en: 'Shymkent', ru: 'Шымкент' }, lon: 69.6, lat: 42.3 },
		{ name: { kk: 'Қостанай', en: 'Kostanay', ru: 'Костанай' }, lon: 63.6, lat: 53.2 },
		{ name: { kk: 'Астана', en: 'Astana', ru: 'Астана' }, lon: 71.45, lat: 51.17 }
	]
});

const documents = {
	kk: { one: 'сынақ құжаты' },
	en: { one: 'test document', other: 'test documents' },
	ru: {
		one: 'тестовый документ',
		few: 'тестовых документа',
		many: 'тестовых документов',
		genitiveOne: 'тестового документа'
	}
};

function chart(
	name: string,
	type: ChartType,
	facts: Partial<Fact>[]
): { name: string; chart: Chart } {
	return {
		name,
		chart: makeChart(
			type,
			facts.map((over, i) => makeFact({ id: `${name}-${i + 1}`, ...over })),
			{
				id: name,
				...(type === 'route-map' ? { routes: [makeRoute(), detour] } : {})
			}
		)
	};
}

export const FIXTURE_CHARTS = [
	chart('bars-exact', 'bars', [{}]),
	chart('bars-more-than', 'bars', [
		{
			value: 1_200_000_000,
			bound: 'more-than',
			printed: '1,2 млрд доллардан астам',
			hedge: 'астам',
			sentence: 'Сынақ жобасына 1,2 млрд доллардан астам қаржы салынды.',
			translation: {
				en: 'More than 1.2 billion dollars was invested in the test project.',
				ru: 'В тестовый проект вложено более 1,2 миллиарда долларов.'
			}
		}
	]),
	chart('bars-at-least', 'bars', [
		{
			value: 450_000_000,
			bound: 'at-least',
			printed: 'кемінде 450 млн доллар',
			hedge: 'кемінде',
			sentence: 'Сынақ келісімдерінің құны кемінде 450 млн доллар болды.',
			translation: {
				en: 'The test agreements were worth at least 450 million dollars.',
				ru: 'Стоимость тестовых соглашений составила не менее 450 миллионов долларов.'
			}
		}
	]),
	chart('bars-less-than', 'bars', [
		{
			value: 500_000_000,
			bound: 'less-than',
			printed: '500 млн доллардан төмен',
			hedge: 'төмен',
			sentence: 'Сынақ экспорты 500 млн доллардан төмен болып қалды.',
			translation: {
				en: 'Test exports stayed below 500 million dollars.',
				ru: 'Тестовый экспорт остался ниже 500 миллионов долларов.'
			}
		}
	]),
	chart('bars-about', 'bars', [
		{
			value: 28_000_000_000,
			bound: 'about',
			printed: 'шамамен 28 млрд доллар',
			hedge: 'шамамен',
			sentence: 'Сынақ саудасы шамамен 28 млрд доллар болды.',
			translation: {
				en: 'Test trade was about 28 billion dollars.',
				ru: 'Тестовая торговля составила около 28 миллиардов долларов.'
			}
		}
	]),
	chart('bars-at-most', 'bars', [
		{
			value: 1_500_000_000,
			bound: 'at-most',
			printed: '1,5 млрд долларға дейін',
			hedge: 'дейін',
			sentence: 'Сынақ қорына 1,5 млрд долларға дейін бөлінеді.',
			translation: {
				en: 'Up to 1.5 billion dollars will go to the test fund.',
				ru: 'В тестовый фонд будет направлено до 1,5 миллиарда долларов.'
			}
		}
	]),
	chart('bars-range', 'bars', [
		{
			value: 5_000_000_000,
			max: 7_000_000_000,
			unit: 'KZT',
			bound: 'range',
			printed: '5-7 млрд теңге',
			sentence: 'Сынақ жобасының құны 5-7 млрд теңге деп бағаланады.',
			translation: {
				en: 'The test project is estimated at 5–7 billion tenge.',
				ru: 'Стоимость тестового проекта оценивается в 5–7 миллиардов тенге.'
			}
		}
	]),
	chart('bars-several-kinds', 'bars', [
		{},
		{
			label: { kk: 'Сынақ инвестициясы', en: 'Test investment', ru: 'Тестовые инвестиции' },
			value: 7_250_000_000,
			bound: 'more-than',
			kind: {
				id: 'investment-stock',
				name: { kk: 'жиынтық инвестиция', en: 'investment to date', ru: 'накопленные инвестиции' }
			},
			printed: '7,25 млрд доллардан асқан',
			hedge: 'асқан',
			sentence: 'Сынақ инвестициясының көлемі 7,25 млрд доллардан асқан.',
			translation: {
				en: 'Test investment has exceeded 7.25 billion dollars.',
				ru: 'Объём тестовых инвестиций превысил 7,25 миллиарда долларов.'
			}
		}
	]),
	chart('change-exact', 'change', [
		{
			label: { kk: 'Сынақ экспорты', en: 'Test exports', ru: 'Тестовый экспорт' },
			value: 12,
			unit: 'percent',
			change: 'up',
			printed: '12 пайызға',
			sentence: 'Сынақ экспорты 12 пайызға өсті.',
			translation: {
				en: 'Test exports grew by 12 percent.',
				ru: 'Тестовый экспорт вырос на 12 процентов.'
			}
		}
	]),
	// A rise and falls on one scale through zero, with the bounds a size of change may have.
	chart('change-several', 'change', [
		{
			label: { kk: 'Сынақ экспорты', en: 'Test exports', ru: 'Тестовый экспорт' },
			value: 62,
			unit: 'percent',
			bound: 'more-than',
			change: 'up',
			printed: '62 пайыздан асты',
			hedge: 'асты',
			sentence: 'Сынақ экспортының өсімі 62 пайыздан асты.',
			translation: {
				en: 'The growth of test exports exceeded 62 percent.',
				ru: 'Рост тестового экспорта превысил 62 процента.'
			}
		},
		{
			label: { kk: 'Сынақ импорты', en: 'Test imports', ru: 'Тестовый импорт' },
			value: 5,
			unit: 'percent',
			bound: 'about',
			change: 'down',
			printed: 'шамамен 5 пайызға',
			hedge: 'шамамен',
			sentence: 'Сынақ импорты шамамен 5 пайызға азайды.',
			translation: {
				en: 'Test imports fell by about 5 percent.',
				ru: 'Тестовый импорт сократился примерно на 5 процентов.'
			}
		},
		{
			label: { kk: 'Сынақ инвестициясы', en: 'Test investment', ru: 'Тестовые инвестиции' },
			value: 8,
			unit: 'percent',
			bound: 'at-least',
			change: 'down',
			printed: 'кемінде 8 пайызға',
			hedge: 'кемінде',
			sentence: 'Сынақ инвестициясы кемінде 8 пайызға төмендеді.',
			translation: {
				en: 'Test investment fell by at least 8 percent.',
				ru: 'Тестовые инвестиции снизились не менее чем на 8 процентов.'
			}
		},
		{
			value: 3,
			max: 5,
			unit: 'percent',
			bound: 'range',
			change: 'up',
			printed: '3-5 пайызға',
			sentence: 'Сынақ саудасы 3-5 пайызға өсті.',
			translation: {
				en: 'Test trade grew by 3–5 percent.',
				ru: 'Тестовая торговля выросла на 3–5 процентов.'
			}
		}
	]),
	chart('change-upper', 'change', [
		{
			label: { kk: 'Сынақ бағасы', en: 'Test prices', ru: 'Тестовые цены' },
			value: 10,
			unit: 'percent',
			bound: 'at-most',
			change: 'up',
			printed: '10 пайызға дейін',
			hedge: 'дейін',
			sentence: 'Сынақ бағасының өсімі 10 пайызға дейін жетеді.',
			translation: {
				en: 'The rise in test prices will reach up to 10 percent.',
				ru: 'Рост тестовых цен достигнет 10 процентов.'
			}
		},
		{
			label: { kk: 'Сынақ тарифі', en: 'Test tariffs', ru: 'Тестовые тарифы' },
			value: 2,
			unit: 'percent',
			bound: 'less-than',
			change: 'up',
			printed: '2 пайыздан төмен',
			hedge: 'төмен',
			sentence: 'Сынақ тарифінің өсімі 2 пайыздан төмен болды.',
			translation: {
				en: 'The rise in test tariffs was below 2 percent.',
				ru: 'Рост тестовых тарифов составил менее 2 процентов.'
			}
		}
	]),
	chart('change-money', 'change', [
		{
			label: { kk: 'Сынақ экспорты', en: 'Test exports', ru: 'Тестовый экспорт' },
			value: 1_200_000_000,
			change: 'up',
			printed: '1,2 млрд долларға',
			sentence: 'Сынақ экспорты 1,2 млрд долларға артты.',
			translation: {
				en: 'Test exports grew by 1.2 billion dollars.',
				ru: 'Тестовый экспорт вырос на 1,2 миллиарда долларов.'
			}
		},
		{
			label: { kk: 'Сынақ импорты', en: 'Test imports', ru: 'Тестовый импорт' },
			value: 400_000_000,
			bound: 'more-than',
			change: 'down',
			printed: '400 млн доллардан асты',
			hedge: 'асты',
			sentence: 'Сынақ импортының азаюы 400 млн доллардан асты.',
			translation: {
				en: 'The fall in test imports exceeded 400 million dollars.',
				ru: 'Сокращение тестового импорта превысило 400 миллионов долларов.'
			}
		}
	]),
	chart('change-pp-fall', 'change', [
		{
			label: { kk: 'Сынақ жүк тасымалы', en: 'Test freight', ru: 'Тестовые грузоперевозки' },
			value: 2,
			unit: 'pp',
			change: 'down',
			printed: '2 пайыздық тармаққа',
			sentence: 'Сынақ жүк тасымалы 2 пайыздық тармаққа төмендеді.',
			translation: {
				en: 'Test freight fell by 2 percentage points.',
				ru: 'Тестовые грузоперевозки снизились на 2 процентных пункта.'
			}
		}
	]),
	chart('units-exact', 'units', [
		{
			value: 12,
			unit: 'count',
			countOf: documents,
			printed: '12 құжатқа',
			sentence: 'Сапар кезінде 12 құжатқа қол қойылды.',
			translation: {
				en: '12 documents were signed during the visit.',
				ru: 'Во время визита подписано 12 документов.'
			}
		}
	]),
	chart('units-more-than', 'units', [
		{
			value: 25,
			unit: 'count',
			bound: 'more-than',
			countOf: documents,
			printed: '25-тен астам',
			hedge: 'астам',
			sentence: 'Сапар кезінде 25-тен астам құжатқа қол қойылды.',
			translation: {
				en: 'More than 25 documents were signed during the visit.',
				ru: 'Во время визита подписано более 25 документов.'
			}
		},
		{
			label: {
				kk: 'Сынақ құжаттарының құны',
				en: 'Value of the test documents',
				ru: 'Стоимость тестовых документов'
			},
			value: 900_000_000,
			bound: 'more-than',
			printed: '900 млн доллардан асатын',
			hedge: 'асатын',
			sentence: 'Олардың құны 900 млн доллардан асатын болды.',
			translation: {
				en: 'They were worth over 900 million dollars.',
				ru: 'Их стоимость превысила 900 миллионов долларов.'
			}
		}
	]),
	chart('units-at-least', 'units', [
		{
			value: 8,
			unit: 'count',
			bound: 'at-least',
			countOf: documents,
			printed: 'кемінде 8',
			hedge: 'кемінде',
			sentence: 'Сапарда кемінде 8 құжатқа қол қойылды.',
			translation: {
				en: 'At least 8 documents were signed on the visit.',
				ru: 'Во время визита подписано не менее 8 документов.'
			}
		}
	]),
	chart('units-about', 'units', [
		{
			value: 30,
			unit: 'count',
			bound: 'about',
			countOf: documents,
			printed: 'шамамен 30',
			hedge: 'шамамен',
			sentence: 'Сапарда шамамен 30 құжатқа қол қойылды.',
			translation: {
				en: 'About 30 documents were signed on the visit.',
				ru: 'Во время визита подписано около 30 документов.'
			}
		}
	]),
	chart('units-range', 'units', [
		{
			value: 10,
			max: 15,
			unit: 'count',
			bound: 'range',
			countOf: documents,
			printed: '10-15',
			sentence: 'Сапарда 10-15 құжатқа қол қойылады.',
			translation: {
				en: '10–15 documents will be signed on the visit.',
				ru: 'Во время визита будет подписано 10–15 документов.'
			}
		}
	]),
	chart('waffle-exact', 'waffle', [
		{
			value: 40,
			unit: 'percent',
			printed: '40 пайызы',
			sentence: 'Сынақ жүктерінің 40 пайызы теміржолмен тасылады.',
			translation: {
				en: '40 percent of test cargo goes by rail.',
				ru: '40 процентов тестовых грузов перевозится по железной дороге.'
			}
		}
	]),
	chart('waffle-more-than', 'waffle', [
		{
			value: 35,
			unit: 'percent',
			bound: 'more-than',
			printed: '35 пайыздан астамы',
			hedge: 'астамы',
			sentence: 'Сынақ жүктерінің 35 пайыздан астамы теңізбен тасылады.',
			translation: {
				en: 'More than 35 percent of test cargo goes by sea.',
				ru: 'Более 35 процентов тестовых грузов перевозится морем.'
			}
		}
	]),
	chart('waffle-at-least', 'waffle', [
		{
			value: 55,
			unit: 'percent',
			bound: 'at-least',
			printed: 'кемінде 55 пайызы',
			hedge: 'кемінде',
			sentence: 'Сынақ жүктерінің кемінде 55 пайызы жолмен тасылады.',
			translation: {
				en: 'At least 55 percent of test cargo goes by road.',
				ru: 'Не менее 55 процентов тестовых грузов перевозится по дорогам.'
			}
		}
	]),
	chart('waffle-less-than', 'waffle', [
		{
			value: 3,
			unit: 'percent',
			bound: 'less-than',
			printed: 'үш пайыздан төмен',
			hedge: 'төмен',
			sentence: 'Сынақ саудасының үлесі үш пайыздан төмен.',
			translation: {
				en: 'The share of test trade is below three percent.',
				ru: 'Доля тестовой торговли ниже трёх процентов.'
			}
		}
	]),
	chart('waffle-about', 'waffle', [
		{
			value: 16,
			unit: 'percent',
			bound: 'about',
			printed: 'шамамен 16 пайызы',
			hedge: 'шамамен',
			sentence: 'Сынақ жүктерінің шамамен 16 пайызы әуемен тасылады.',
			translation: {
				en: 'About 16 percent of test cargo goes by air.',
				ru: 'Около 16 процентов тестовых грузов перевозится по воздуху.'
			}
		}
	]),
	chart('waffle-at-most', 'waffle', [
		{
			value: 10,
			unit: 'percent',
			bound: 'at-most',
			printed: '10 пайызға дейін',
			hedge: 'дейін',
			sentence: 'Сынақ шығыны 10 пайызға дейін жетеді.',
			translation: {
				en: 'Test losses reach up to 10 percent.',
				ru: 'Тестовые потери достигают до 10 процентов.'
			}
		}
	]),
	chart('waffle-range', 'waffle', [
		{
			value: 25,
			max: 30,
			unit: 'percent',
			bound: 'range',
			printed: '25-30 пайызы',
			sentence: 'Сынақ жүктерінің 25-30 пайызы өзенмен тасылады.',
			translation: {
				en: '25–30 percent of test cargo goes by river.',
				ru: '25–30 процентов тестовых грузов перевозится по реке.'
			}
		}
	]),
	chart('route-map-exact', 'route-map', [
		{
			value: 1200,
			unit: 'km',
			parties: ['KZ'],
			printed: '1200 км',
			sentence: 'Алматыдан Астанаға дейінгі сынақ жолы 1200 км құрайды.',
			translation: {
				en: 'The test road from Almaty to Astana is 1,200 km.',
				ru: 'Тестовая дорога от Алматы до Астаны составляет 1200 км.'
			}
		}
	])
];

/** The fixture chart of this name; fails the test when there is none. */
export function fixtureChart(name: string): Chart {
	const found = FIXTURE_CHARTS.find((c) => c.name === name);
	if (!found) throw new Error(`no fixture chart "${name}" in tests/unit/fixture-charts.ts`);
	return found.chart;
}
