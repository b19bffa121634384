// Every number, bound and date a reader sees is worded here, in each interface language, so that
// the pages, the exports and the tests agree: "$8.5 bn" in English, "8,5 млрд $" in Kazakh and
// Russian, and the hedges ("more than", "астам", "более") said as each language says them.
import { formatLocale } from 'd3-format';
import type { Bound, Fact, Lang, Unit } from './data/types';
import { NBSP, quote, typeset } from './typography';
import { hedgeWord } from './words/hedges';
import { kkAblative } from './numerals/kk-case';
import { nounFor } from './words/plural';

/**
 * The units and bounds there are words for here. The data may hold every unit and bound the
 * number reader reads, but the chart types draw only these (their `units` and `bounds` in the
 * registry), so nothing else reaches a page or a file; a type that draws more words it here.
 */
type Worded<T, W extends T> = W;
type WordedUnit = Worded<Unit, 'USD' | 'percent' | 'km' | 'count'>;
type WordedBound = Worded<Bound, 'exact' | 'at-least' | 'more-than' | 'less-than'>;

// English groups thousands with commas; Kazakh and Russian with a no-break space and use a
// decimal comma.
const LOCALES = {
	en: formatLocale({ decimal: '.', thousands: ',', grouping: [3], currency: ['$', ''] }),
	kk: formatLocale({ decimal: ',', thousands: NBSP, grouping: [3], currency: ['', ' $'] }),
	ru: formatLocale({ decimal: ',', thousands: NBSP, grouping: [3], currency: ['', ' $'] })
} as const;

/**
 * Up to two decimals, trailing zeros dropped ("8.5", "2", "3.75"), grouped by the locale.
 * Kazakh and Russian group only from five digits: 6500, but 12 500.
 */
const number = (value: number, lang: Lang) =>
	LOCALES[lang].format(lang !== 'en' && Math.abs(value) < 10000 ? '.2~f' : ',.2~f')(value);

const SCALES: { min: number; words: Record<Lang, string> }[] = [
	{ min: 1e12, words: { en: 'tn', kk: 'трлн', ru: 'трлн' } },
	{ min: 1e9, words: { en: 'bn', kk: 'млрд', ru: 'млрд' } },
	{ min: 1e6, words: { en: 'm', kk: 'млн', ru: 'млн' } }
];

/** A sum of dollars as a number and its scale word: ["8.5", "bn"], or [“500”, ""] below a million. */
function scaled(value: number, lang: Lang): [string, string] {
	const scale = SCALES.find((s) => Math.abs(value) >= s.min);
	return scale ? [number(value / scale.min, lang), scale.words[lang]] : [number(value, lang), ''];
}

// A number and its scale word or unit never part: "8,5 млрд", "$8.5 bn".
const glue = (...parts: string[]) => parts.filter(Boolean).join(NBSP);
const join = (...parts: string[]) => parts.filter(Boolean).join(' ');

/** A value in its unit: "$8.5 bn" / "8,5 млрд $", "80%", "6,500 km" / "6500 км", "60". */
export function formatValue(value: number, unit: Unit, lang: Lang): string {
	switch (unit as WordedUnit) {
		case 'USD': {
			const [n, scale] = scaled(value, lang);
			return lang === 'en' ? `$${glue(n, scale)}` : glue(n, scale, '$');
		}
		case 'percent':
			return `${number(value, lang)}%`;
		case 'km':
			return `${number(value, lang)}${NBSP}${lang === 'en' ? 'km' : 'км'}`;
		case 'count':
			return number(value, lang);
	}
}

/** The Kazakh words for a value: as it is, and in the ablative that "астам"/"төмен" govern. */
function kkWords(value: number, unit: Unit): { plain: string; ablative: string } {
	switch (unit as WordedUnit) {
		case 'USD': {
			const [n, scale] = scaled(value, 'kk');
			return { plain: glue(n, scale, 'доллар'), ablative: glue(n, scale, 'доллардан') };
		}
		case 'percent':
			return {
				plain: glue(number(value, 'kk'), 'пайыз'),
				ablative: glue(number(value, 'kk'), 'пайыздан')
			};
		case 'km':
			return {
				plain: glue(number(value, 'kk'), 'км'),
				ablative: glue(number(value, 'kk'), 'км-ден')
			};
		case 'count': {
			const n = number(value, 'kk');
			return { plain: n, ablative: `${n}-${kkAblative(value)}` };
		}
	}
}

const HEDGES: Record<'en' | 'ru', Record<WordedBound, string>> = {
	en: { exact: '', 'at-least': 'at least', 'more-than': 'more than', 'less-than': 'less than' },
	ru: { exact: '', 'at-least': 'не менее', 'more-than': 'более', 'less-than': 'менее' }
};

/** The figure in words with its hedge, as a sentence says it: "more than $8.5 bn", "8,5 млрд доллардан астам". */
export function formatFigure(
	fact: Pick<Fact, 'value' | 'unit' | 'bound' | 'countOf'>,
	lang: Lang
): string {
	// Russian "более", "менее", "не менее" put the number and its noun in the genitive.
	const genitive = fact.bound !== 'exact';
	const noun =
		fact.unit === 'count' && fact.countOf
			? nounFor(fact.value, fact.countOf, lang, { genitive })
			: '';
	if (lang === 'kk') {
		const words = kkWords(fact.value, fact.unit);
		switch (fact.bound as WordedBound) {
			case 'exact':
				return typeset(join(words.plain, noun), lang);
			case 'at-least':
				return typeset(join('кемінде', words.plain, noun), lang);
			case 'more-than':
				return typeset(join(words.ablative, 'астам', noun), lang);
			case 'less-than':
				return typeset(join(words.ablative, 'төмен', noun), lang);
		}
	}
	return typeset(
		join(HEDGES[lang][fact.bound as WordedBound], formatValue(fact.value, fact.unit, lang), noun),
		lang
	);
}

/** The compact label drawn on a mark: "$8.5 bn+", "<1%", "$2 bn", "8,5 млрд $+". */
export function formatMarkLabel(fact: Pick<Fact, 'value' | 'unit' | 'bound'>, lang: Lang): string {
	const v = formatValue(fact.value, fact.unit, lang);
	switch (fact.bound as WordedBound) {
		case 'exact':
			return v;
		// "+" for both lower bounds: the font has no "≥", and the words beside the mark say which.
		case 'at-least':
		case 'more-than':
			return `${v}+`;
		case 'less-than':
			return `<${v}`;
	}
}

/**
 * What the bound means for the reader, in a sentence that quotes the article's own hedge word
 * («асқан», «астам», «жеткен», «төмен») and says it in the reader's language.
 */
export function describeBound(fact: Pick<Fact, 'bound' | 'hedge'>, lang: Lang): string {
	const said = saysHedge(fact.hedge, lang);
	if (!said && fact.bound !== 'exact') throw new Error(`a ${fact.bound} figure needs its hedge`);
	const notes: Record<WordedBound, Record<Lang, string>> = {
		exact: said
			? {
					kk: `Шек көрсетілмеген: ${said}; сан дөңгелек, нақты сан одан сәл көп не аз болуы мүмкін.`,
					en: `No bound: ${said}, a round figure; the true figure may be a little above or below it.`,
					ru: `Без оговорок: ${said}, это круглое число; фактическое может быть чуть больше или меньше.`
				}
			: {
					kk: 'Шек көрсетілмеген: мақала бұл санды «астам», «төмен» сияқты сөзсіз береді.',
					en: 'No bound: the article gives this figure without a word such as “more than” or “below”.',
					ru: 'Без оговорок: статья даёт это число без слов вроде «более» или «менее».'
				},
		'at-least': {
			kk: `Төменгі шек: ${said}, сондықтан нақты сан осы немесе одан көп.`,
			en: `A lower bound: ${said}, so the true figure is this or higher.`,
			ru: `Нижняя граница: ${said}, поэтому фактическое число такое или больше.`
		},
		'more-than': {
			kk: `Төменгі шек: ${said}, сондықтан нақты сан бұдан көп, бірақ қаншаға екені айтылмаған.`,
			en: `A lower bound: ${said}, so the true figure is higher by an amount it does not give.`,
			ru: `Нижняя граница: ${said}, поэтому фактическое число больше, но на сколько — не сказано.`
		},
		'less-than': {
			kk: `Жоғарғы шек: ${said}, сондықтан нақты сан бұдан аз, бірақ қаншаға екені айтылмаған.`,
			en: `An upper bound: ${said}, so the true figure is lower by an amount it does not give.`,
			ru: `Верхняя граница: ${said}, поэтому фактическое число меньше, но на сколько — не сказано.`
		}
	};
	return typeset(notes[fact.bound as WordedBound][lang], lang);
}

/** The article's hedge word in the reader's quotation marks, glossed outside Kazakh: “асқан” (has exceeded). */
export function quoteHedge(hedge: string, lang: Lang): string {
	const word = hedgeWord(hedge);
	if (!word) throw new Error(`no meaning is known for the hedge "${hedge}"`);
	const quoted = quote(hedge, lang, { verbatim: true });
	return lang === 'kk' ? quoted : `${quoted} (${word.gloss[lang]})`;
}

/** "the article says “асқан” (has exceeded)", in the reader's language; '' without a hedge. */
function saysHedge(hedge: string | undefined, lang: Lang): string {
	if (!hedge) return '';
	const quoted = quoteHedge(hedge, lang);
	switch (lang) {
		case 'kk':
			return `мақалада ${quoted} делінген`;
		case 'en':
			return `the article says ${quoted}`;
		case 'ru':
			return `в статье сказано ${quoted}`;
	}
}

const MONTHS: Record<Lang, string[]> = {
	en: 'January February March April May June July August September October November December'.split(
		' '
	),
	// Kazakh and Russian dates name the month in these forms: "20 желтоқсан", "20 декабря".
	kk: 'қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан'.split(
		' '
	),
	ru: 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря'.split(' ')
};

/** An ISO date (YYYY-MM-DD) as a reader writes it: "20 December 2025", "2025 жылғы 20 желтоқсан", "20 декабря 2025 г.". */
export function formatDate(iso: string, lang: Lang): string {
	const [y, m, d] = iso.split('-').map(Number);
	const month = MONTHS[lang][(m ?? 1) - 1];
	switch (lang) {
		case 'en':
			return typeset(`${d} ${month} ${y}`, lang);
		case 'kk':
			return typeset(`${y} жылғы ${d} ${month}`, lang);
		case 'ru':
			return typeset(`${d} ${month} ${y} г.`, lang);
	}
}
