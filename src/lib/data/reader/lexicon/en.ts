import { phrase, w, type Lexicon } from './types';

export const en: Lexicon = {
	lang: 'en',
	units: [
		{ words: [w('percentage'), w('points?')], unit: 'pp' },
		{ words: [w('pp|ppt|ppts|p\\.p')], unit: 'pp' },
		{ words: [w('per'), w('cent')], unit: 'percent' },
		{ words: [w('percent')], unit: 'percent' },
		{ words: [w('%')], unit: 'percent' },
		{ words: [w('dollars?|usd|\\$')], unit: 'USD' },
		{ words: [w('tenge|kzt|₸')], unit: 'KZT' },
		{ words: [w('euros?|eur|€')], unit: 'EUR' },
		{ words: [w('yen|jpy|¥')], unit: 'JPY' },
		{ words: [w('roubles?|rubles?|rub|₽')], unit: 'RUB' },
		{ words: [w('yuan|renminbi|cny|rmb')], unit: 'CNY' },
		{ words: [w('pounds?|gbp|£')], unit: 'GBP' },
		{ words: [w('km|kilometres?|kilometers?')], unit: 'km' },
		{ words: [w('tonnes?|tons?|t')], unit: 't' },
		{ words: [w('metres?|meters?|m')], unit: 'm' },
		{ words: [w('times')], unit: 'times' },
		{ words: [w('fold')], unit: 'times' }
	],
	unitsBefore: [
		{ words: [w('us'), w('\\$')], unit: 'USD' },
		{ words: [w('\\$|usd')], unit: 'USD' },
		{ words: [w('€|eur')], unit: 'EUR' },
		{ words: [w('£|gbp')], unit: 'GBP' },
		{ words: [w('¥|jpy')], unit: 'JPY' },
		{ words: [w('₸|kzt')], unit: 'KZT' },
		{ words: [w('₽|rub')], unit: 'RUB' },
		{ words: [w('cny|rmb')], unit: 'CNY' }
	],
	factors: [
		{ words: [w('twice')], unit: 'times', value: 2 },
		{ words: [w('twofold|two-fold|doubled')], unit: 'times', value: 2 },
		{ words: [w('threefold|three-fold|tripled')], unit: 'times', value: 3 },
		{ words: [w('fourfold|four-fold|quadrupled')], unit: 'times', value: 4 },
		{ words: [w('fivefold|five-fold')], unit: 'times', value: 5 },
		{ words: [w('tenfold|ten-fold')], unit: 'times', value: 10 }
	],
	currencyPrefix: w('us|u\\.s|american'),
	currencySuffix: w('(?!)'),
	scales: [
		[w('bn|bln|b'), 1e9],
		[w('mn|mln|m'), 1e6],
		[w('tn|trn'), 1e12],
		[w('k'), 1e3]
	],
	hedgesBefore: [
		{ words: phrase('no', 'more', 'than'), bound: 'at-most' },
		{ words: phrase('not', 'more', 'than'), bound: 'at-most' },
		{ words: phrase('no', 'fewer', 'than'), bound: 'at-least' },
		{ words: phrase('no', 'less', 'than'), bound: 'at-least' },
		{ words: phrase('not', 'less', 'than'), bound: 'at-least' },
		{ words: phrase('a', 'minimum', 'of'), bound: 'at-least' },
		{ words: phrase('a', 'maximum', 'of'), bound: 'at-most' },
		{ words: [w('not|never'), w('exceed|exceeding|top|surpass')], bound: 'at-most' },
		{ words: phrase('at', 'least'), bound: 'at-least' },
		{ words: phrase('at', 'most'), bound: 'at-most' },
		{ words: phrase('up', 'to'), bound: 'at-most' },
		{ words: [w('as'), w('many|much'), w('as')], bound: 'at-most' },
		{
			words: [w('just|slightly|well|a little|little'), w('over|above|more'), w('than')],
			bound: 'more-than'
		},
		{ words: [w('just|slightly|well|a little|little'), w('over|above')], bound: 'more-than' },
		{
			words: [w('just|slightly|well'), w('under|below|less|fewer'), w('than')],
			bound: 'less-than'
		},
		{ words: [w('just|slightly|well'), w('under|below|short')], bound: 'less-than' },
		{ words: phrase('more', 'than'), bound: 'more-than' },
		{ words: phrase('in', 'excess', 'of'), bound: 'more-than' },
		{ words: phrase('upwards', 'of'), bound: 'more-than' },
		{
			words: [
				w('over|above|exceeding|exceeded|exceeds|exceed|surpassed|surpassing|topped|topping')
			],
			bound: 'more-than'
		},
		{ words: phrase('less', 'than'), bound: 'less-than' },
		{ words: phrase('fewer', 'than'), bound: 'less-than' },
		{ words: phrase('close', 'to'), bound: 'less-than' },
		{ words: phrase('just', 'shy', 'of'), bound: 'less-than' },
		{ words: [w('under|below|nearly|almost')], bound: 'less-than' },
		{ words: phrase('an', 'estimated'), bound: 'about' },
		{ words: phrase('estimated', 'at'), bound: 'about' },
		{ words: [w('about|around|roughly|approximately|some|approx|circa')], bound: 'about' }
	],
	hedgesAfter: [
		{ words: phrase('or', 'more'), bound: 'at-least' },
		{ words: phrase('or', 'so'), bound: 'about' },
		{ words: [w('or'), w('less|fewer')], bound: 'at-most' },
		{ words: [w('plus|\\+')], bound: 'more-than' }
	],
	reached: w('(?!)'),
	changeBefore: w(
		'up|down|rose|risen|rise|rises|rising|grew|grown|grow|grows|growing|increased?|increases|increasing|fell|fallen|fall|falls|falling|dropped|drop|drops|declined?|declines|declining|decreased?|decreases|jumped|jump|jumps|slipped|slid|climbed|climb|gained|gain|lost|plunged|plunge|surged|surge|soared|soar|shrank|shrunk|shrink|contracted|expanded|expand|slumped|tumbled|cut|cuts|lowered|increase|decline'
	),
	changeAfter: w(
		'increase|increases|rise|rises|drop|drops|decline|declines|growth|jump|fall|gain|gains|higher|lower|more|less|fewer|up|down|cut|reduction|hike|surge|slump'
	),
	rises: w(
		'up|rose|risen|rise|rises|rising|grew|grown|grow|grows|growing|increased?|increases|increasing|jumped|jump|jumps|climbed|climb|gained|gain|gains|surged|surge|soared|soar|expanded|expand|higher|more|growth|hike'
	),
	falls: w(
		'down|fell|fallen|fall|falls|falling|dropped|drop|drops|declined?|declines|declining|decreased?|decreases|slipped|slid|lost|plunged|plunge|shrank|shrunk|shrink|contracted|slumped|slump|tumbled|cut|cuts|lowered|lower|less|fewer|reduction'
	),
	months: [
		'jan(?:uary)?',
		'feb(?:ruary)?',
		'mar(?:ch)?',
		'apr(?:il)?',
		'may',
		'june?',
		'july?',
		'aug(?:ust)?',
		'sep(?:t|tember)?',
		'oct(?:ober)?',
		'nov(?:ember)?',
		'dec(?:ember)?'
	].map((m, i): [RegExp, number] => [w(m), i + 1]),
	yearWords: w('(?!)'),
	timeNouns: w('years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|century'),
	labelBefore: w(
		'no|nos|№|#|article|section|clause|paragraph|page|chapter|resolution|flight|route|line|room|number'
	),
	ordinal: w('st|nd|rd|th'),
	stopWords: w(
		'and|or|of|in|on|at|to|for|from|with|by|that|which|who|as|than|the|a|an|is|are|was|were|this|these|those|its|their|his|her'
	),
	rangeJoin: w('to|and'),
	rangeOpen: w('between|from')
};
