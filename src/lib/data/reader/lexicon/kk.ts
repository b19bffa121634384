import { phrase, w, type HedgeWords, type Lexicon } from './types';

// Kazakh adds case endings to stems ("доллар-дан", "пайыз-ға"), so stems match at the start.
const stem = (s: string) => new RegExp(`^(?:${s})`, 'u');

const hedgesAfter: HedgeWords[] = [
	{ words: [stem('кем'), w('емес')], bound: 'at-least' },
	{ words: [stem('төмен'), w('емес')], bound: 'at-least' },
	{ words: [stem('ас'), w('түсті|түскен|түсетін|түседі|кетті|кеткен')], bound: 'more-than' },
	{
		words: [
			w('астам\\p{L}*|асқан\\p{L}*|асатын\\p{L}*|асады|асты|асып|асуда|асырды|асыпты|артық\\p{L}*')
		],
		bound: 'more-than'
	},
	{ words: [stem('аспайды|аспайтын|аспаған|аспауы')], bound: 'at-most' },
	{ words: [stem('жетпейді|жетпейтін|жетпеген')], bound: 'less-than' },
	{ words: [stem('көп|жоғары')], bound: 'more-than', after: 'ablative' },
	{ words: [stem('төмен|аз|кем')], bound: 'less-than', after: 'ablative' },
	{ words: [stem('жуық|жуығ')], bound: 'less-than' },
	{ words: [stem('шамасында|шамасы|шақты')], bound: 'about' },
	{ words: [w('дейін')], bound: 'at-most', after: 'dative' }
];

export const kk: Lexicon = {
	lang: 'kk',
	units: [
		{ words: [stem('пайыздық'), stem('тармақ|пункт')], unit: 'pp' },
		{ words: [stem('пайыз')], unit: 'percent' },
		{ words: [w('%')], unit: 'percent' },
		{ words: [stem('доллар')], unit: 'USD' },
		{ words: [stem('теңге|тенге')], unit: 'KZT' },
		{ words: [stem('еуро|евро')], unit: 'EUR' },
		{ words: [stem('иен|йен')], unit: 'JPY' },
		{ words: [stem('рубль|рубл')], unit: 'RUB' },
		{ words: [stem('юань|юан')], unit: 'CNY' },
		{ words: [stem('фунт')], unit: 'GBP' },
		{ words: [stem('км|шақырым|километр')], unit: 'km' },
		{ words: [stem('тонна|тонн')], unit: 't' },
		{ words: [w('метр(?:ге|ден|де|лік)?')], unit: 'm' },
		{ words: [stem('есе')], unit: 'times' },
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
	factors: [],
	currencyPrefix: w('ақш|америка'),
	currencySuffix: w('ақш'),
	scales: [],
	hedgesBefore: [
		{ words: phrase('кем', 'дегенде'), bound: 'at-least' },
		{ words: phrase('ең', 'кемі'), bound: 'at-least' },
		{ words: [w('кемінде')], bound: 'at-least' },
		{ words: phrase('ең', 'көбі'), bound: 'at-most' },
		{ words: phrase('жуық', 'шамамен'), bound: 'about' },
		{ words: [w('шамамен|шамасы|шамалап|мөлшерлеп|орта\\s?есеппен')], bound: 'about' }
	],
	hedgesAfter,
	// "дейін жетеді" (reaches up to) stays a bound; "дейін жеткізу" (bring to) is a target reached.
	reached: stem('жеткіз|өс|арт|ұлғай|көбей|азай|төменде|қысқар|кеми|түсір'),
	changeBefore: w('өсім|өсімі|артуы|азаюы|төмендеуі'),
	changeAfter: stem(
		'өс[тксуеіп]|азаю|азай|азая|арт[тқсуыпа]|төменде|қысқар|ұлғай|ұлғая|ұлғаю|кемі[дгпсу]|көбей|арзанда|қымбатта|жоғары|көп|аз$|кем$|төмен$'
	),
	// Not "артық" (more than, a bound) nor "кемінде" (at least).
	rises: stem('өс[тксуеіп]|(?!артық)арт|ұлғай|ұлғая|ұлғаю|көбей|қымбатта|жоғары|көп'),
	falls: stem('азай|азая|азаю|төменде|төмен$|қысқар|кеміді|кеміп|кемиді|кемуі|арзанда|аз$|кем$'),
	months: [
		'қаңтар',
		'ақпан',
		'наурыз',
		'сәуір',
		'мамыр',
		'маусым',
		'шілде',
		'тамыз',
		'қыркүйек',
		'қазан',
		'қараша',
		'желтоқсан'
	].map((m, i): [RegExp, number] => [stem(m), i + 1]),
	yearWords: stem('жыл|ж$'),
	timeNouns: stem('жыл|ай|апта|күн|сағат|минут|ғасыр'),
	labelBefore: w('№|бап|бабы|бабында|тармақ|тармағы'),
	ordinal: w('ші|шы|інші|ыншы|нші|ншы'),
	stopWords: w('және|мен|пен|бен|немесе|деп|де|да|бойынша|арқылы|үшін|туралы|сияқты|ретінде'),
	rangeJoin: w('мен|пен|бен'),
	rangeOpen: w('-')
};
