// One chart of each type and bound, drawn from facts written for the tests, so that every kind of
// figure derek can draw has an exported snapshot of its own (tests/snapshots/fixtures/), whatever
// the real article happens to chart.
import type { Chart, ChartType, Fact } from '$lib/data/types';
import { makeChart, makeFact, makeRoute } from './factories';

const documents = { kk: 'сынақ құжаты', en: 'test documents', ru: 'тестовых документов' };

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
				...(type === 'route-map' ? { routes: [makeRoute()] } : {})
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
			sentence: 'Сынақ жобасына 1,2 млрд доллардан астам қаржы салынды.'
		}
	]),
	chart('bars-at-least', 'bars', [
		{
			value: 450_000_000,
			bound: 'at-least',
			printed: 'кемінде 450 млн доллар',
			sentence: 'Сынақ келісімдерінің құны кемінде 450 млн доллар болды.'
		}
	]),
	chart('bars-less-than', 'bars', [
		{
			value: 500_000_000,
			bound: 'less-than',
			printed: '500 млн доллардан төмен',
			sentence: 'Сынақ экспорты 500 млн доллардан төмен болып қалды.'
		}
	]),
	chart('bars-several-kinds', 'bars', [
		{},
		{
			label: { kk: 'Сынақ инвестициясы', en: 'Test investment', ru: 'Тестовые инвестиции' },
			value: 7_250_000_000,
			bound: 'more-than',
			kind: { kk: 'жиынтық инвестиция', en: 'investment to date', ru: 'накопленные инвестиции' },
			printed: '7,25 млрд доллардан асқан',
			sentence: 'Сынақ инвестициясының көлемі 7,25 млрд доллардан асқан.'
		}
	]),
	chart('units-exact', 'units', [
		{
			value: 12,
			unit: 'count',
			countOf: documents,
			printed: '12 құжатқа',
			sentence: 'Сапар кезінде 12 құжатқа қол қойылды.'
		}
	]),
	chart('units-more-than', 'units', [
		{
			value: 25,
			unit: 'count',
			bound: 'more-than',
			countOf: documents,
			printed: '25-тен астам',
			sentence: 'Сапар кезінде 25-тен астам құжатқа қол қойылды.'
		},
		{
			value: 900_000_000,
			bound: 'more-than',
			printed: '900 млн доллардан асатын',
			sentence: 'Олардың құны 900 млн доллардан асатын болды.'
		}
	]),
	chart('units-at-least', 'units', [
		{
			value: 8,
			unit: 'count',
			bound: 'at-least',
			countOf: documents,
			printed: 'кемінде 8',
			sentence: 'Сапарда кемінде 8 құжатқа қол қойылды.'
		}
	]),
	chart('waffle-exact', 'waffle', [
		{
			value: 40,
			unit: 'percent',
			printed: '40 пайызы',
			sentence: 'Сынақ жүктерінің 40 пайызы теміржолмен тасылады.'
		}
	]),
	chart('waffle-more-than', 'waffle', [
		{
			value: 35,
			unit: 'percent',
			bound: 'more-than',
			printed: '35 пайыздан астамы',
			sentence: 'Сынақ жүктерінің 35 пайыздан астамы теңізбен тасылады.'
		}
	]),
	chart('waffle-at-least', 'waffle', [
		{
			value: 55,
			unit: 'percent',
			bound: 'at-least',
			printed: 'кемінде 55 пайызы',
			sentence: 'Сынақ жүктерінің кемінде 55 пайызы жолмен тасылады.'
		}
	]),
	chart('waffle-less-than', 'waffle', [
		{
			value: 3,
			unit: 'percent',
			bound: 'less-than',
			printed: 'үш пайыздан төмен',
			sentence: 'Сынақ саудасының үлесі үш пайыздан төмен.'
		}
	]),
	chart('route-map-exact', 'route-map', [
		{
			value: 1200,
			unit: 'km',
			printed: '1200 км',
			sentence: 'Алматыдан Астанаға дейінгі сынақ жолы 1200 км құрайды.'
		}
	])
];
