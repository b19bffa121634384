// A small data folder written for the validator's tests, as the build reads one: an article text
// of the team's own and the JSON files that chart it. Tests change one field of it at a time
// (`withEdit`) and read the message the validator gives.
import type { RawData } from '$lib/data/validate';

export const FIXTURE_TEXT = `"Сынақ – мақала" тақырыбында сынақ өтті

Астана, 14 наурыз 2030 жыл. Сынақ министрлігі жаңа деректер жариялады.

Сынақ министрлігінің хабарлауынша, былтыр екі ел арасындағы сауда көлемі 3 млрд долларға жеткен.

Сынақ инвестициясының көлемі 7,25 миллиард доллардан асқан.

Сынақ жүктерінің 35 пайыздан астамы Алматыдан Астанаға дейінгі жолмен тасылады.

Сынақ жолының ұзындығы 1200 км.

Тараптар ынтымақтастықты дамытуға келісті.

Сапар барысында 12-ден астам құжатқа қол қойылды.
`;

const texts = (en: string) => ({ kk: `${en} (kk)`, en, ru: `${en} (ru)` });
const translation = (en: string) => ({ en, ru: `${en} (ru)` });

const fact = (over: Record<string, unknown>) => ({
	label: texts('A figure'),
	unit: 'USD',
	bound: 'exact',
	period: texts('the test period'),
	kind: 'trade-flow',
	measure: texts('What the figure measures.'),
	parties: ['KZ', 'JP'],
	attribution: { who: texts('The test text') },
	...over
});

const FACTS = [
	fact({
		id: 'trade',
		value: 3e9,
		printed: '3 млрд долларға',
		sentence:
			'Сынақ министрлігінің хабарлауынша, былтыр екі ел арасындағы сауда көлемі 3 млрд долларға жеткен.',
		paragraph: 3,
		hedge: 'жеткен',
		period: {
			kk: 'былтыр (2029 жыл, мақаланың күні бойынша)',
			en: 'last year (2029, by the article’s date)',
			ru: 'прошлый год (2029, по дате статьи)'
		},
		inferred: [
			{
				value: 2029,
				what: 'the year “былтыр” (last year) refers to',
				from: 'the article’s date, 14 March 2030'
			}
		],
		attribution: { printed: 'Сынақ министрлігінің хабарлауынша', who: texts('The test ministry') },
		translation: translation('According to the test ministry, trade reached 3 billion dollars.')
	}),
	fact({
		id: 'investment',
		value: 7.25e9,
		bound: 'more-than',
		printed: '7,25 миллиард доллардан асқан',
		sentence: 'Сынақ инвестициясының көлемі 7,25 миллиард доллардан асқан.',
		paragraph: 4,
		hedge: 'асқан',
		translation: translation('Test investment has exceeded 7.25 billion dollars.')
	}),
	fact({
		id: 'share',
		value: 35,
		unit: 'percent',
		bound: 'more-than',
		printed: '35 пайыздан астамы',
		sentence: 'Сынақ жүктерінің 35 пайыздан астамы Алматыдан Астанаға дейінгі жолмен тасылады.',
		paragraph: 5,
		hedge: 'астамы',
		translation: translation('More than 35 percent of test cargo goes by the Almaty–Astana road.')
	}),
	fact({
		id: 'length',
		value: 1200,
		unit: 'km',
		printed: '1200 км',
		sentence: 'Сынақ жолының ұзындығы 1200 км.',
		paragraph: 6,
		translation: translation('The test road is 1,200 km long.')
	}),
	fact({
		id: 'documents',
		value: 12,
		unit: 'count',
		bound: 'more-than',
		countOf: {
			kk: { one: 'құжат' },
			en: { one: 'document', other: 'documents' },
			ru: { one: 'документ', few: 'документа', many: 'документов', genitiveOne: 'документа' }
		},
		printed: '12-ден астам',
		hedge: 'астам',
		sentence: 'Сапар барысында 12-ден астам құжатқа қол қойылды.',
		paragraph: 8,
		translation: translation('More than 12 documents were signed during the visit.')
	})
];

const chart = (id: string, type: string, facts: string[], over: Record<string, unknown> = {}) => ({
	id,
	type,
	title: texts(`The ${id} chart`),
	subtitle: texts('Figures written for a test.'),
	facts,
	...over
});

const place = (en: string, lon: number, lat: number, printed?: string) => ({
	name: texts(en),
	lon,
	lat,
	...(printed ? { printed } : {})
});

const CHARTS = [
	chart('trade', 'bars', ['trade']),
	chart('investment', 'bars', ['investment']),
	chart('share', 'waffle', ['share']),
	chart('road', 'route-map', ['length'], {
		routes: [
			{
				id: 'road',
				label: texts('Test road, 1,200 km'),
				emphasis: 'primary',
				waypoints: [
					place('Almaty', 76.9, 43.2, 'Алматыдан'),
					place('Balkhash', 74.98, 46.85),
					place('Astana', 71.45, 51.17, 'Астанаға')
				]
			}
		]
	}),
	chart('money', 'bars', ['trade', 'investment']),
	chart('documents', 'units', ['documents'])
];

const STATEMENTS = [
	{
		id: 'cooperation',
		label: texts('Cooperation'),
		sentence: 'Тараптар ынтымақтастықты дамытуға келісті.',
		paragraph: 7,
		attribution: { who: texts('The test text') },
		translation: translation('The parties agreed to develop cooperation.'),
		note: texts('No figure to chart.')
	}
];

const NOT_CHARTED = [
	{ printed: '14 наурыз 2030', paragraph: 2, reason: texts('The dateline.') },
	{ printed: 'екі ел', paragraph: 3, reason: texts('The two countries.') }
];

const ARTICLE = {
	file: 'article.kk.txt',
	lang: 'kk',
	date: '2030-03-14',
	title: '"Сынақ – мақала" тақырыбында сынақ өтті',
	titleTranslation: translation('A “Test – article” test took place'),
	about: texts('An article written for tests.'),
	fullText: true
};

const file = (name: string, json: unknown) => ({
	name: `fixture/${name}`,
	content: JSON.stringify(json, null, '\t')
});

/** The fixture data folder's files, as the build reads them. */
export function fixtureData(): RawData {
	return {
		articleJson: file('article.json', ARTICLE),
		articleText: { name: 'fixture/article.kk.txt', content: FIXTURE_TEXT },
		facts: file('facts.json', FACTS),
		charts: file('charts.json', CHARTS),
		statements: file('statements.json', STATEMENTS),
		notCharted: file('not-charted.json', NOT_CHARTED)
	};
}

type DataFile = Exclude<keyof RawData, 'articleText'>;

/** The fixture data with one file's parsed JSON changed by `edit`. */
export function withEdit(
	file: DataFile,
	edit: (json: Record<string, unknown>[] & Record<string, unknown>) => void
): RawData {
	const raw = fixtureData();
	const json = JSON.parse(raw[file].content);
	edit(json);
	raw[file] = { ...raw[file], content: JSON.stringify(json) };
	return raw;
}
