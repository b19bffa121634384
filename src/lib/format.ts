// Every number, bound and date a reader sees is worded here, in each interface language, so that
// the pages, the exports and the tests agree: "$8.5 bn" in English, "8,5 млрд $" in Kazakh and
// Russian, and the hedges ("more than", "астам", "более") said as each language says them.
import { formatLocale } from 'd3-format';
import type { Bound, Change, Fact, Lang, Unit } from './data/types';
import { NBSP, quote, typeset } from './typography';
import { hedgeWord } from './words/hedges';
import { kkAblative, kkEnding, kkEndingAfter } from './numerals/kk-case';
import { nounFor } from './words/plural';

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

/** A quantity as a number and its scale word: ["8.5", "bn"], or ["500", ""] below a million. */
function scaled(value: number, lang: Lang): [string, string] {
	const scale = SCALES.find((s) => Math.abs(value) >= s.min);
	return scale ? [number(value / scale.min, lang), scale.words[lang]] : [number(value, lang), ''];
}

// A number and its scale word or unit never part: "8,5 млрд", "$8.5 bn".
const glue = (...parts: string[]) => parts.filter(Boolean).join(NBSP);
const join = (...parts: string[]) => parts.filter(Boolean).join(' ');

/**
 * Each unit as a label says it, per language: a sign before the number in English ("$", "€"),
 * or a word after the number and its scale word ("tenge", "млн т"). `scaled` units take "m",
 * "bn" for large values; `kk` is the Kazakh word whose case endings a hedge governs.
 */
interface UnitWords {
	before?: Partial<Record<Lang, string>>;
	after: Record<Lang, string>;
	scaled: boolean;
	/** The Kazakh word the ablative goes on ("доллар" → "доллардан"), when it is not `after.kk`. */
	kk?: string;
}
const money = (en: string, ru: string, kk: string, sign?: string): UnitWords =>
	sign
		? { before: { en: sign }, after: { en: '', ru: sign, kk: sign }, scaled: true, kk }
		: { after: { en, ru, kk }, scaled: true };
const UNIT_WORDS: Record<Exclude<Unit, 'percent' | 'count'>, UnitWords> = {
	USD: money('', '', 'доллар', '$'),
	EUR: money('', '', 'еуро', '€'),
	GBP: money('', '', 'фунт', '£'),
	KZT: money('tenge', 'тенге', 'теңге'),
	JPY: money('yen', 'иен', 'иена'),
	RUB: money('roubles', 'руб.', 'рубль'),
	CNY: money('yuan', 'юаней', 'юань'),
	t: { after: { en: 'tonnes', ru: 'т', kk: 'тонна' }, scaled: true },
	km: { after: { en: 'km', ru: 'км', kk: 'км' }, scaled: false },
	m: { after: { en: 'm', ru: 'м', kk: 'метр' }, scaled: false },
	pp: { after: { en: 'pp', ru: `п.${NBSP}п.`, kk: 'пайыздық тармақ' }, scaled: false },
	times: { after: { en: 'times', ru: 'раза', kk: 'есе' }, scaled: false },
	fraction: { after: { en: '', ru: '', kk: '' }, scaled: false }
};

/** Whether a unit's labels take a scale word ("m", "bn") for large values. */
const takesScale = (value: number, unit: Unit) =>
	unit === 'count'
		? Math.abs(value) >= 1e6
		: unit !== 'percent' && unit !== 'fraction' && UNIT_WORDS[unit].scaled;

/** The number part of a label and its scale word: (8.5e9, USD) → ["8.5", "bn"]; a fraction as a percentage. */
function numberAndScale(value: number, unit: Unit, lang: Lang): [string, string] {
	if (unit === 'fraction') return [number(value * 100, lang), ''];
	return takesScale(value, unit) ? scaled(value, lang) : [number(value, lang), ''];
}

/** A value with its scale word and unit; `kkNoun` writes the Kazakh noun instead of a sign ("доллар"). */
function valueWords(value: number, unit: Unit, lang: Lang, kkNoun = false): string {
	const [n, scale] = numberAndScale(value, unit, lang);
	// A fraction ("a third", "треть") is shown as the share it is: 0.333… → 33.33%.
	if (unit === 'percent' || unit === 'fraction') return `${n}%`;
	if (unit === 'count') return glue(n, scale);
	const words = UNIT_WORDS[unit];
	const after = kkNoun && lang === 'kk' ? (words.kk ?? words.after.kk) : words.after[lang];
	return `${words.before?.[lang] ?? ''}${glue(n, scale, after)}`;
}

/** A value in its unit: "$8.5 bn" / "8,5 млрд $", "80%", "6,500 km" / "6500 км", "60", "5 bn tenge". */
export function formatValue(value: number, unit: Unit, lang: Lang): string {
	return valueWords(value, unit, lang);
}

/**
 * A range from its low to its high end, with an en dash: "$5–7 bn", "25–30 млн т"; the unit is
 * said once when both ends share their scale word, else each end is written whole ("€500 m–€1.2 bn").
 */
export function formatRange(
	low: number,
	high: number,
	unit: Unit,
	lang: Lang,
	kkNoun = false
): string {
	const [a, aScale] = numberAndScale(low, unit, lang);
	const [b, bScale] = numberAndScale(high, unit, lang);
	const whole = valueWords(high, unit, lang, kkNoun);
	if (aScale === bScale) return whole.replace(b, `${a}–${b}`);
	// Unspaced, so that it stays an en dash between numbers (typeset makes a spaced one between
	// words an em dash in Kazakh and Russian) and the two ends never part.
	return `${valueWords(low, unit, lang, kkNoun)}–${whole}`;
}

/** The Kazakh words for a value: as it is, and in the ablative that "астам"/"төмен" govern. */
function kkWords(value: number, unit: Unit): { plain: string; ablative: string } {
	const plain = valueWords(value, unit, 'kk', true);
	if (unit === 'count') return { plain, ablative: `${plain}-${kkAblative(value)}` };
	if (unit === 'percent' || unit === 'fraction') {
		const n = plain.replace('%', '');
		return { plain: glue(n, 'пайыз'), ablative: glue(n, 'пайыздан') };
	}
	if (unit === 'km') return { plain, ablative: `${plain}-ден` };
	const last = plain.split(NBSP).at(-1) ?? '';
	// A sign takes its ending after a hyphen ("5 млрд $-дан" would be odd): the word is written.
	return { plain, ablative: `${plain}${kkEndingAfter(last, 'ablative')}` };
}

/** The Kazakh words for a value in the dative that «өсті», «төмендеді» govern: "62 пайызға". */
function kkDative(value: number, unit: Unit): string {
	const plain = valueWords(value, unit, 'kk', true);
	if (unit === 'count') return `${plain}-${kkEnding(value, 'dative')}`;
	if (unit === 'percent' || unit === 'fraction') return glue(plain.replace('%', ''), 'пайызға');
	if (unit === 'km') return `${plain}-ге`;
	return `${plain}${kkEndingAfter(plain.split(NBSP).at(-1) ?? '', 'dative')}`;
}

/** A range in the dative, the ending on its high end, as formatRange writes the range: "3–5 пайызға". */
function kkRangeDative(low: number, high: number, unit: Unit): string {
	const [a, aScale] = numberAndScale(low, unit, 'kk');
	const [b, bScale] = numberAndScale(high, unit, 'kk');
	const whole = kkDative(high, unit);
	if (aScale === bScale) return whole.replace(b, `${a}–${b}`);
	return `${valueWords(low, unit, 'kk', true)}–${whole}`;
}

/** Each bound's words before the number, in English and Russian ("about", "около", "up to", "до"). */
const HEDGES: Record<'en' | 'ru', Record<Bound, string>> = {
	en: {
		exact: '',
		about: 'about',
		'at-least': 'at least',
		'more-than': 'more than',
		'less-than': 'less than',
		'at-most': 'up to',
		range: ''
	},
	ru: {
		exact: '',
		about: 'около',
		'at-least': 'не менее',
		'more-than': 'более',
		'less-than': 'менее',
		'at-most': 'до',
		range: ''
	}
};

/** A bound in a word or two of each language: the gloss of a hedge in another language. */
export const BOUND_WORDS: Record<Bound, Record<Lang, string>> = {
	// An exact figure's hedge is a verb of reaching («жеткен»), which states a round figure.
	exact: { en: 'reached', ru: 'достиг', kk: 'жеткен' },
	about: { en: 'about', ru: 'около', kk: 'шамамен' },
	'at-least': { en: 'at least', ru: 'не менее', kk: 'кемінде' },
	'more-than': { en: 'more than', ru: 'более', kk: 'астам' },
	'less-than': { en: 'less than', ru: 'менее', kk: 'төмен' },
	'at-most': { en: 'up to', ru: 'до', kk: 'ең көбі' },
	range: { en: 'from … to', ru: 'от … до', kk: '…-ден …-ге дейін' }
};

/** The figure in words with its hedge, as a sentence says it: "more than $8.5 bn", "8,5 млрд доллардан астам". */
export function formatFigure(
	fact: Pick<Fact, 'value' | 'unit' | 'bound' | 'countOf' | 'max' | 'change'>,
	lang: Lang
): string {
	if (fact.change) return formatChangeFigure({ ...fact, change: fact.change }, lang);
	const high = fact.bound === 'range' ? (fact.max ?? fact.value) : fact.value;
	// Russian "более", "менее", "около", "до" put the number and its noun in the genitive.
	const genitive = fact.bound !== 'exact' && fact.bound !== 'range';
	const noun =
		fact.unit === 'count' && fact.countOf ? nounFor(high, fact.countOf, lang, { genitive }) : '';
	if (fact.bound === 'range')
		return typeset(join(formatRange(fact.value, high, fact.unit, lang, true), noun), lang);
	if (lang === 'kk') {
		const words = kkWords(fact.value, fact.unit);
		switch (fact.bound) {
			case 'exact':
				return typeset(join(words.plain, noun), lang);
			case 'about':
				return typeset(join('шамамен', words.plain, noun), lang);
			case 'at-least':
				return typeset(join('кемінде', words.plain, noun), lang);
			case 'at-most':
				return typeset(join('ең көбі', words.plain, noun), lang);
			case 'more-than':
				return typeset(join(words.ablative, 'астам', noun), lang);
			case 'less-than':
				return typeset(join(words.ablative, 'төмен', noun), lang);
		}
	}
	return typeset(
		join(HEDGES[lang][fact.bound], formatValue(fact.value, fact.unit, lang), noun),
		lang
	);
}

/**
 * The compact label drawn on a mark: "$8.5 bn+", "<1%", "$2 bn", "~$28 bn", "up to $1.5 bn",
 * "$5–7 bn".
 */
export function formatMarkLabel(
	fact: Pick<Fact, 'value' | 'unit' | 'bound' | 'max' | 'change'>,
	lang: Lang
): string {
	if (fact.change) return formatChangeLabel({ ...fact, change: fact.change }, lang);
	const v = formatValue(fact.value, fact.unit, lang);
	switch (fact.bound) {
		case 'exact':
			return v;
		case 'about':
			return `~${v}`;
		// "+" for both lower bounds: the words beside the mark say which.
		case 'at-least':
		case 'more-than':
			return `${v}+`;
		case 'less-than':
			return `<${v}`;
		// Words, not "≤": "up to" is what the articles say, in each language.
		case 'at-most':
			return lang === 'kk' ? `ең көбі ${v}` : `${HEDGES[lang]['at-most']} ${v}`;
		case 'range':
			return formatRange(fact.value, fact.max ?? fact.value, fact.unit, lang);
	}
}

/** The sign of a change, as printed before its size: "+" for a rise, the minus sign for a fall. */
export const changeSign = (change: Change) => (change === 'up' ? '+' : '\u2212');

/**
 * A change in words with its hedge, as a sentence says it ("up more than 62%", "снижение
 * примерно на 5%", "12 пайызға өсті"): the hedge bounds the size of the change, not the level.
 */
function formatChangeFigure(
	fact: Pick<Fact, 'value' | 'unit' | 'bound' | 'max'> & { change: Change },
	lang: Lang
): string {
	const { value, unit, bound, change } = fact;
	const size =
		bound === 'range'
			? formatRange(value, fact.max ?? value, unit, lang)
			: formatValue(value, unit, lang);
	if (lang === 'kk') {
		const verb = change === 'up' ? 'өсті' : 'төмендеді';
		const dative =
			bound === 'range' ? kkRangeDative(value, fact.max ?? value, unit) : kkDative(value, unit);
		const ablative = kkWords(value, unit).ablative;
		const words: Record<Bound, string> = {
			exact: dative,
			range: dative,
			about: join('шамамен', dative),
			'at-least': join('кемінде', dative),
			'at-most': join('ең көбі', dative),
			'more-than': join(ablative, 'астамға'),
			'less-than': join(ablative, 'азға')
		};
		return typeset(join(words[bound], verb), lang);
	}
	if (lang === 'en') {
		const hedge: Record<Bound, string> = { ...HEDGES.en, 'at-most': 'at most' };
		return typeset(join(change, hedge[bound], size), lang);
	}
	const hedge: Record<Bound, string> = {
		exact: 'на',
		range: 'на',
		about: 'примерно на',
		'at-least': 'не менее чем на',
		'more-than': 'более чем на',
		'less-than': 'менее чем на',
		'at-most': 'не более чем на'
	};
	return typeset(join(change === 'up' ? 'рост' : 'снижение', hedge[bound], size), lang);
}

/**
 * The compact label drawn on a change's mark: the signed size ("+62%", "−5%", "~+12%",
 * "+3–5%"), and for a bound the words that say which way the size is open ("+62% or more").
 */
export function formatChangeLabel(
	fact: Pick<Fact, 'value' | 'unit' | 'bound' | 'max'> & { change: Change },
	lang: Lang
): string {
	const sign = changeSign(fact.change);
	const size =
		fact.bound === 'range'
			? formatRange(fact.value, fact.max ?? fact.value, fact.unit, lang)
			: formatValue(fact.value, fact.unit, lang);
	const signed = `${sign}${size}`;
	const more = { en: `${signed} or more`, ru: `${signed} и более`, kk: `${signed} не одан көп` };
	const less = { en: `${signed} or less`, ru: `${signed} и менее`, kk: `${signed} не одан аз` };
	const words: Record<Bound, Record<Lang, string>> = {
		exact: { en: signed, ru: signed, kk: signed },
		range: { en: signed, ru: signed, kk: signed },
		// Apart from the sign, or "~−5%" reads as two dashes.
		about: { en: `~${NBSP}${signed}`, ru: `~${NBSP}${signed}`, kk: `~${NBSP}${signed}` },
		// Each pair of bounds alike, as on a bar: the words beside the mark say which. Words after
		// the signed size, never "more than −5%", which reads as a smaller fall than 5%.
		'at-least': more,
		'more-than': more,
		'at-most': less,
		'less-than': less
	};
	return typeset(words[fact.bound][lang], lang);
}

/**
 * What the bound means for the reader, in a sentence that quotes the article's own hedge word
 * («асқан», «астам», «жеткен», «төмен») and says it in the reader's language.
 */
export function describeBound(fact: Pick<Fact, 'bound' | 'hedge'>, lang: Lang): string {
	const said = saysHedge(fact.hedge, lang);
	if (!said && fact.bound !== 'exact' && fact.bound !== 'range')
		throw new Error(`a ${fact.bound} figure needs its hedge`);
	const notes: Record<Bound, Record<Lang, string>> = {
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
		},
		about: {
			kk: `Шамамен: ${said}, сондықтан нақты сан одан көп не аз болуы мүмкін, қаншаға екені айтылмаған.`,
			en: `Approximate: ${said}, so the true figure may be above or below it, by an amount it does not give.`,
			ru: `Приблизительно: ${said}, поэтому фактическое число может быть больше или меньше, на сколько — не сказано.`
		},
		'at-most': {
			kk: `Жоғарғы шек: ${said}, сондықтан нақты сан осы немесе одан аз; қаншалық аз екені айтылмаған.`,
			en: `An upper bound: ${said}, so the true figure is this or lower, by an amount it does not give.`,
			ru: `Верхняя граница: ${said}, поэтому фактическое число такое или меньше, на сколько — не сказано.`
		},
		range: {
			kk: 'Аралық: мақала төменгі және жоғарғы шегін береді; нақты сан осы екеуінің арасында.',
			en: 'A range: the article gives a low and a high end; the true figure lies between them.',
			ru: 'Диапазон: статья называет нижнюю и верхнюю границы; фактическое число лежит между ними.'
		}
	};
	return typeset(notes[fact.bound][lang], lang);
}

/**
 * The article's hedge words in the reader's quotation marks, glossed when the reader reads
 * another language: “асқан” (has exceeded), «up to» (до), “около” (about).
 */
export function quoteHedge(hedge: string, lang: Lang): string {
	const word = hedgeWord(hedge);
	if (!word) throw new Error(`no meaning is known for the hedge "${hedge}"`);
	const quoted = quote(hedge, lang, { verbatim: true });
	if (word.lang === lang) return quoted;
	const gloss = lang === 'kk' ? undefined : word.gloss?.[lang];
	return `${quoted} (${gloss ?? BOUND_WORDS[word.bound][lang]})`;
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
