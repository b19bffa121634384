import { phrase, w, type Lexicon } from './types';

const stem = (s: string) => new RegExp(`^(?:${s})`, 'u');

export const ru: Lexicon = {
	lang: 'ru',
	units: [
		{ words: [stem('процентн'), stem('пункт')], unit: 'pp' },
		{ words: [w('п'), w('\\.'), w('п'), w('\\.')], unit: 'pp' },
		{ words: [w('п\\.п')], unit: 'pp' },
		{ words: [stem('процент')], unit: 'percent' },
		{ words: [w('%')], unit: 'percent' },
		{ words: [stem('доллар|долл')], unit: 'USD' },
		{ words: [stem('тенге')], unit: 'KZT' },
		{ words: [stem('евро')], unit: 'EUR' },
		{ words: [stem('иен|йен')], unit: 'JPY' },
		{ words: [stem('рубл|руб$')], unit: 'RUB' },
		{ words: [stem('юан')], unit: 'CNY' },
		{ words: [stem('фунт')], unit: 'GBP' },
		{ words: [stem('километр|км$')], unit: 'km' },
		{ words: [w('тонн(?:а|ы|у|ой|ам|ами|ах)?|т')], unit: 't' },
		{ words: [w('метр(?:а|ов|ам|ами|ах|ы)?|м')], unit: 'm' },
		{ words: [w('раза?')], unit: 'times' },
		{ words: [w('\\$')], unit: 'USD' },
		{ words: [w('₸')], unit: 'KZT' },
		{ words: [w('€')], unit: 'EUR' },
		{ words: [w('¥')], unit: 'JPY' },
		{ words: [w('₽')], unit: 'RUB' }
	],
	unitsBefore: [
		{ words: [w('\\$')], unit: 'USD' },
		{ words: [w('€')], unit: 'EUR' },
		{ words: [w('£')], unit: 'GBP' }
	],
	factors: [
		{ words: [w('вдвое')], unit: 'times', value: 2 },
		{ words: [w('втрое')], unit: 'times', value: 3 },
		{ words: [w('вчетверо')], unit: 'times', value: 4 },
		{ words: [w('впятеро')], unit: 'times', value: 5 },
		{ words: [w('вдесятеро')], unit: 'times', value: 10 }
	],
	currencyPrefix: w('американских|долл'),
	currencySuffix: w('сша'),
	scales: [],
	hedgesBefore: [
		{ words: phrase('не', 'менее', 'чем'), bound: 'at-least' },
		{ words: phrase('не', 'менее'), bound: 'at-least' },
		{ words: phrase('не', 'меньше'), bound: 'at-least' },
		{ words: phrase('по', 'меньшей', 'мере'), bound: 'at-least' },
		{ words: phrase('как', 'минимум'), bound: 'at-least' },
		{ words: [w('минимум')], bound: 'at-least' },
		{ words: phrase('не', 'более', 'чем'), bound: 'at-most' },
		{ words: phrase('не', 'более'), bound: 'at-most' },
		{ words: phrase('не', 'больше'), bound: 'at-most' },
		{ words: phrase('не', 'свыше'), bound: 'at-most' },
		{ words: phrase('не', 'выше'), bound: 'at-most' },
		{ words: phrase('как', 'максимум'), bound: 'at-most' },
		{ words: [w('не'), w('превы\\p{L}+')], bound: 'at-most' },
		{ words: [w('максимум')], bound: 'at-most' },
		{ words: phrase('вплоть', 'до'), bound: 'at-most' },
		{
			words: [
				w('чуть|немногим|несколько|значительно|гораздо|намного'),
				w('более|больше|свыше|выше')
			],
			bound: 'more-than'
		},
		{ words: phrase('более', 'чем'), bound: 'more-than' },
		{
			words: [
				w(
					'более|больше|свыше|выше|превышает|превышают|превысил[аои]?|превысит|превышающ\\p{L}*|превышать|превысить'
				)
			],
			bound: 'more-than'
		},
		{ words: [w('чуть|немногим|несколько'), w('менее|меньше|ниже')], bound: 'less-than' },
		{ words: phrase('менее', 'чем'), bound: 'less-than' },
		{ words: [w('менее|меньше|ниже|почти|едва')], bound: 'less-than' },
		{ words: phrase('без', 'малого'), bound: 'less-than' },
		{
			words: [
				w('оценивает?ся|оцениваются|оценивали|оценили|оценивается'),
				w('примерно|приблизительно')
			],
			bound: 'about'
		},
		{
			words: [w('оценивает?ся|оцениваются|оценивали|оценили|оценена|оценен|оценено'), w('в')],
			bound: 'about'
		},
		{
			words: [w('около|примерно|порядка|приблизительно|ориентировочно|где-то|почти что')],
			bound: 'about'
		},
		{ words: [w('до')], bound: 'at-most' }
	],
	hedgesAfter: [
		{ words: phrase('с', 'лишним'), bound: 'more-than' },
		{ words: phrase('с', 'небольшим'), bound: 'more-than' },
		{ words: [w('и|или'), w('более|больше|свыше')], bound: 'at-least' },
		{ words: [w('и|или'), w('менее|меньше')], bound: 'at-most' }
	],
	reached: w(
		'довест\\p{L}*|довод\\p{L}*|довёл|довела|доведен\\p{L}*|достиг\\p{L}*|достич\\p{L}*|дошл\\p{L}*|дошёл|нарастить|нарастил\\p{L}*|увеличить|сократить|снизить|поднять|повысить'
	),
	changeBefore: w(
		'замедл\\p{L}*|ускор\\p{L}*|(?:вы|воз|под|при|у|по|со|с|сн|пон)?рос(?:ла|ло|ли)?|вырос\\p{L}*|вырастет|возрос\\p{L}*|увелич\\p{L}*|сократ\\p{L}*|сокращ\\p{L}*|сниз\\p{L}*|сниж\\p{L}*|уменьш\\p{L}*|упал\\p{L}*|упад\\p{L}*|пад\\p{L}*|подорожа\\p{L}*|подешеве\\p{L}*|прибав\\p{L}*|потерял\\p{L}*|повыс\\p{L}*|повыш\\p{L}*|пониз\\p{L}*|опуст\\p{L}*|подня\\p{L}*|рост\\p{L}*|прирост\\p{L}*|спад\\p{L}*|обвал\\p{L}*|просел\\p{L}*|увеличение|сокращение|снижение|падение|подскочил\\p{L}*|выше|ниже|больше|меньше'
	),
	changeAfter: w('больше|меньше|выше|ниже|дороже|дешевле'),
	// "Рост замедлился на 2 п. п.": the growth rate, the number, went down.
	rises: w(
		'ускор\\p{L}*|(?:вы|воз|под|при|у|по|со|с|сн|пон)?рос(?:ла|ло|ли)?|вырос\\p{L}*|вырастет|возрос\\p{L}*|увелич\\p{L}*|подорожа\\p{L}*|прибав\\p{L}*|повыс\\p{L}*|повыш\\p{L}*|подня\\p{L}*|рост\\p{L}*|прирост\\p{L}*|подскочил\\p{L}*|увеличение|выше|больше|дороже'
	),
	falls: w(
		'замедл\\p{L}*|сократ\\p{L}*|сокращ\\p{L}*|сниз\\p{L}*|сниж\\p{L}*|уменьш\\p{L}*|упал\\p{L}*|упад\\p{L}*|пад\\p{L}*|подешеве\\p{L}*|потерял\\p{L}*|пониз\\p{L}*|опуст\\p{L}*|спад\\p{L}*|обвал\\p{L}*|просел\\p{L}*|сокращение|снижение|падение|ниже|меньше|дешевле'
	),
	months: [
		'январ',
		'феврал',
		'март',
		'апрел',
		'ма[йяюе]',
		'июн',
		'июл',
		'август',
		'сентябр',
		'октябр',
		'ноябр',
		'декабр'
	].map((m, i): [RegExp, number] => [new RegExp(`^(?:${m})\\p{L}*$`, 'u'), i + 1]),
	yearWords: w('год|года|году|годом|годе|годах|годов|годы|г|гг|г\\.'),
	timeNouns: w(
		'лет|год|года|годы|месяц\\p{L}*|недел\\p{L}*|дн\\p{L}*|день|час\\p{L}*|минут\\p{L}*|век\\p{L}*'
	),
	labelBefore: w('№|статья|статьи|статье|статьей|пункт|пункта|пункте|глава|главы|раздел'),
	ordinal: w('й|я|е|го|му|м|х|ми|ое|ая|ый|ий|ого|ому|ым|ом|ой'),
	stopWords: w('и|или|в|на|с|из|по|от|до|для|за|что|как|а|но|при|к|о|об|у'),
	rangeJoin: w('до|и'),
	rangeOpen: w('от|между')
};
