// Every number, bound and date a reader sees is worded here, in each interface language, so that
// the pages, the exports and the tests agree: "$8.5 bn" in English, "8,5 млрд $" in Kazakh and
// Russian, and the hedges ("more than", "астам", "более") said as each language says them.
import { formatLocale } from 'd3-format';
import type { Bound, Fact, Lang, Unit } from './data/types';

const NBSP = '\u00a0';

// English groups thousands with commas; Kazakh and Russian with a no-break space and use a
// decimal comma.
const LOCALES = {
	en: formatLocale({ decimal: '.', thousands: ',', grouping: [3], currency: ['$', ''] }),
	kk: formatLocale({ decimal: ',', thousands: NBSP, grouping: [3], currency: ['', ' $'] }),
	ru: formatLocale({ decimal: ',', thousands: NBSP, grouping: [3], currency: ['', ' $'] })
} as const;

/** Up to two decimals, trailing zeros dropped ("8.5", "2", "3.75"), grouped by the locale. */
const number = (value: number, lang: Lang) => LOCALES[lang].format(',.2~f')(value);

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

const join = (...parts: string[]) => parts.filter(Boolean).join(' ');

/** A value in its unit: "$8.5 bn" / "8,5 млрд $", "80%", "6,500 km" / "6 500 км", "60". */
export function formatValue(value: number, unit: Unit, lang: Lang): string {
	switch (unit) {
		case 'USD': {
			const [n, scale] = scaled(value, lang);
			return lang === 'en' ? `$${join(n, scale)}` : `${join(n, scale)}${NBSP}$`;
		}
		case 'percent':
			return `${number(value, lang)}%`;
		case 'km':
			return `${number(value, lang)}${NBSP}${lang === 'en' ? 'km' : 'км'}`;
		case 'count':
			return number(value, lang);
	}
}

// The Kazakh ablative ending after a number follows the last word said aloud: 60 is "алпыс", so
// "60-тан"; 80 is "сексен", so "80-нен". By units, tens, then hundreds and thousands.
const KK_UNITS = ['', 'ден', 'ден', 'тен', 'тен', 'тен', 'дан', 'ден', 'ден', 'дан'];
const KK_TENS = ['', 'нан', 'дан', 'дан', 'тан', 'ден', 'тан', 'тен', 'нен', 'нан'];

/** The ablative ending for a whole number in Kazakh: 60 → "тан", 1 → "ден", 1000 → "нан". */
export function kkAblative(n: number): string {
	if (n === 0) return 'ден';
	if (n % 10) return KK_UNITS[n % 10] ?? 'дан';
	if (n % 100) return KK_TENS[(n % 100) / 10] ?? 'дан';
	if (n % 1000) return 'ден';
	return 'нан';
}

/** The Kazakh words for a value: as it is, and in the ablative that "астам"/"төмен" govern. */
function kkWords(value: number, unit: Unit): { plain: string; ablative: string } {
	switch (unit) {
		case 'USD': {
			const [n, scale] = scaled(value, 'kk');
			return { plain: join(n, scale, 'доллар'), ablative: join(n, scale, 'доллардан') };
		}
		case 'percent':
			return { plain: `${number(value, 'kk')} пайыз`, ablative: `${number(value, 'kk')} пайыздан` };
		case 'km':
			return { plain: `${number(value, 'kk')} км`, ablative: `${number(value, 'kk')} км-ден` };
		case 'count': {
			const n = number(value, 'kk');
			return {
				plain: n,
				ablative: Number.isInteger(value) ? `${n}-${kkAblative(value)}` : `${n}-ден`
			};
		}
	}
}

const HEDGES: Record<'en' | 'ru', Record<Bound, string>> = {
	en: { exact: '', 'at-least': 'at least', 'more-than': 'more than', 'less-than': 'less than' },
	ru: { exact: '', 'at-least': 'не менее', 'more-than': 'более', 'less-than': 'менее' }
};

/** The figure in words with its hedge, as a sentence says it: "more than $8.5 bn", "8,5 млрд доллардан астам". */
export function formatFigure(
	fact: Pick<Fact, 'value' | 'unit' | 'bound' | 'countOf'>,
	lang: Lang
): string {
	const noun = fact.unit === 'count' && fact.countOf ? fact.countOf[lang] : '';
	if (lang === 'kk') {
		const words = kkWords(fact.value, fact.unit);
		switch (fact.bound) {
			case 'exact':
				return join(words.plain, noun);
			case 'at-least':
				return join('кемінде', words.plain, noun);
			case 'more-than':
				return join(words.ablative, 'астам', noun);
			case 'less-than':
				return join(words.ablative, 'төмен', noun);
		}
	}
	return join(HEDGES[lang][fact.bound], formatValue(fact.value, fact.unit, lang), noun);
}

/** The compact label drawn on a mark: "$8.5 bn+", "<1%", "$2 bn", "8,5 млрд $+". */
export function formatMarkLabel(fact: Pick<Fact, 'value' | 'unit' | 'bound'>, lang: Lang): string {
	const v = formatValue(fact.value, fact.unit, lang);
	switch (fact.bound) {
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

const BOUND_NOTES: Record<Bound, Record<Lang, string>> = {
	exact: {
		kk: 'Мәтіндегідей: мақала бұл санды шектемей береді.',
		en: 'As printed: the article gives this figure without a hedge.',
		ru: 'Как напечатано: статья даёт это число без оговорок.'
	},
	'at-least': {
		kk: 'Төменгі шек: нақты сан осы немесе одан көп.',
		en: 'A lower bound: the true figure is this or higher.',
		ru: 'Нижняя граница: настоящее число такое или больше.'
	},
	'more-than': {
		kk: 'Төменгі шек: мақалада «астам» делінген, сондықтан нақты сан бұдан көп, бірақ қаншаға екені айтылмаған.',
		en: 'A lower bound: the article says “more than”, so the true figure is higher by an amount it does not give.',
		ru: 'Нижняя граница: в статье сказано «более», поэтому настоящее число больше, но на сколько — не сказано.'
	},
	'less-than': {
		kk: 'Жоғарғы шек: мақалада «төмен» делінген, сондықтан нақты сан бұдан аз, бірақ қаншаға екені айтылмаған.',
		en: 'An upper bound: the article says “less than”, so the true figure is lower by an amount it does not give.',
		ru: 'Верхняя граница: в статье сказано «менее», поэтому настоящее число меньше, но на сколько — не сказано.'
	}
};

/** What the bound means for the reader, in a sentence. */
export function describeBound(bound: Bound, lang: Lang): string {
	return BOUND_NOTES[bound][lang];
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
			return `${d} ${month} ${y}`;
		case 'kk':
			return `${y} жылғы ${d} ${month}`;
		case 'ru':
			return `${d} ${month} ${y} г.`;
	}
}
