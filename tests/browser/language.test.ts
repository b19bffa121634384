// The words of the built site, as a reader reads them, in each language: none of the forms the
// language review (shared/reviews/language.md) found wrong, each of the corrected ones, and the
// typography of the text we wrote (no-break spaces, dashes, the language's quotation marks).
// It reads the built HTML and exported files; no browser is needed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { LANGS, type Lang } from '../../src/lib/data/types';
import { filesUnder, ourText, pagesOf, verbatimElements } from './built-text';

const buildDir = inject('buildDir');
/** With no-break spaces as ordinary ones, for matching words (the typography test checks the spaces). */
const spaced = (s: string) => s.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');
const siteText = (lang: Lang) =>
	pagesOf(buildDir, lang)
		.map((f) => spaced(ourText(f, { keepQuotedPhrases: true })))
		.join('\n');

// [wrong as the review found it, corrected] — for the same place where there is one.
const WORDS: Record<Lang, { wrong: string[]; right: string[] }> = {
	kk: {
		wrong: [
			'2024 жылы Қазақстан',
			'Ол 2025 жылғы 20 желтоқсанда жарияланған',
			'«бір» сан емес, «басқа» деген мағынада',
			'сансыз',
			'Саны жоқ мәлімдемелер',
			'Markdown-та',
			'Markdown-пен',
			'сандар және себебі',
			'Басталған жылы көрсетілмеген',
			'белгісіз шамаға көбірек',
			'санды шектемей',
			'20 желтоқсандағы Токиодағы',
			'жылдық сауда ағыны',
			'жиынтықтағы үлес',
			'бір қатар құрамайды',
			'Толық нүктелер',
			'BibTeX көшіру',
			'Бағанды',
			'үлестің ең көбі',
			'Орталық Азия – Жапония»',
			'оның саны алынған сөйлем бар',
			'«Асқан» тек',
			'яғни сан дөңгелектелген',
			'Бірлік диаграммасы',
			'қалғаны: '
		],
		right: [
			'Былтыр Қазақстан мен Жапония саудасы 2 млрд долларға жетті',
			'Мақаланың күні — 2025 жылғы 20 желтоқсан',
			'белгісіздік мәнінде',
			'Мақаланың сан келтірмей айтқаны',
			'Сан келтірілмеген мәлімдемелер',
			'Markdown-да',
			'Markdown-мен',
			'сандар және олардың себептері',
			'Қай жылдан бері есептелгені көрсетілмеген',
			'одан белгісіз шамаға көп',
			'есеп басталған жыл',
			'мақала жазылған кездегі',
			'санды «астам», «төмен» сияқты сөзсіз береді',
			'20 желтоқсанда Токиода өткен',
			'бір жылдағы сауда көлемі',
			'жалпы көлемдегі үлес',
			'уақыт қатарын құрамайды',
			'Боялған нүктелер',
			'BibTeX-ті көшіру',
			'Жолақты диаграмма',
			'жолақ оң жағынан ашық',
			'жоғарғы шек; үлес одан аз',
			'оның сандары алынған сөйлемдер бар',
			'Мақаладағы «асқан» сөзі тек',
			'сан дөңгелек, нақты сан',
			'Шаршылар диаграммасы',
			'мақалада «асқан» делінген',
			'мақалада «жеткен» делінген',
			'«Орталық Азия — Жапония»'
		]
	},
	ru: {
		wrong: [
			'в 2024 году достигла',
			'за все годы',
			'по декабрь',
			'на время саммита',
			'которая проходит',
			'годовой торговый поток',
			'цитата с саммита',
			'пока, декабрь',
			'Три денежные цифры',
			'настоящая сумма',
			'настоящее число',
			'Числа без диаграмм и почему',
			'сколько ещё, не опубликовано',
			'Предложение за каждым числом',
			'Скопировать ссылку',
			'Столбчатая',
			'столбец',
			'наибольшая возможная доля',
			'Центральная Азия – Япония',
			'Азия – Европа',
			'22 квадратов',
			'из которого взято её число',
			'сказано «в прошлом году»',
			'сказано «менее одного процента»',
			'«Асқан» значит',
			'Диаграмма из единиц',
			'наш перевод с',
			'остальное: '
		],
		right: [
			'Торговля Казахстана и Японии в прошлом году достигла 2 млрд долларов',
			'нарастающим итогом (с какого года — не указано)',
			'на декабрь 2025 года',
			'на момент саммита',
			'Доля перевозимых по суше между Азией и Европой грузов, проходящих через Казахстан',
			'Доля сухопутных грузов Азия — Европа, идущих через Казахстан',
			'годовой товарооборот',
			'из выступления на саммите',
			'на момент статьи (декабрь 2025 года)',
			'Три денежных показателя',
			'фактическая сумма',
			'фактическое число',
			'Числа без диаграмм и причины',
			'сколько ещё — не сообщается',
			'Исходное предложение каждого числа',
			'Скопировать библиографическую ссылку',
			'Линейчатая диаграмма',
			'полоса открыта справа',
			'верхняя граница; доля меньше',
			'из которых взяты её числа',
			'сказано «былтыр» (в прошлом году)',
			'сказано «бір пайыздан төмен» (менее одного процента)',
			'«Какое-то другое направление»',
			'Слово «асқан» значит',
			'Диаграмма из квадратов',
			'Перевод (наш, с казахского оригинала)',
			'неопределённость («какой-то»)',
			'в статье сказано «асқан» (превысил)',
			'в статье сказано «жеткен» (достиг)',
			'«Центральная Азия — Япония»'
		]
	},
	en: {
		wrong: [
			'in 2024',
			'the Japanese’s trade',
			'Kassym-Jomart Tokayev’s visit',
			'quoted at the summit',
			'do not add up',
			'for now, December 2025',
			'the sentence its number came from',
			'the most the share can be',
			'without a hedge',
			'the article says “more than”',
			'the article says “less than”',
			'The article says “last year”',
			'the article says “below one percent”',
			'“Асқан” only means',
			'our translation from the Kazakh original',
			'the rest: '
		],
		right: [
			'Kazakhstan–Japan trade reached $2 bn last year',
			'last year (2024, by the article’s date)',
			'Japanese trade with the countries of Central Asia is so far below one percent',
			'during the visit of Kazakhstan’s President Kassym-Jomart Tokayev to Japan',
			'speaking at the summit',
			'cannot be added together',
			'so far (as of the article’s date, December 2025)',
			'the sentences its numbers came from',
			'the upper bound; the share is below it',
			'The article says “былтыр” (last year)',
			'the article says “бір пайыздан төмен” (below one percent)',
			'The word “асқан” only means',
			'Translation (ours, from the Kazakh original)',
			'Share of',
			'in a passage reporting experts’ views',
			'the article says “асқан” (has exceeded)',
			'the article says “асатын” (over)',
			'the article says “жеткен” (reached), a round figure',
			'inferred from the summit’s date'
		]
	}
};

describe.each(LANGS)('the %s pages', (lang) => {
	const text = siteText(lang);

	it('contain none of the forms the review found wrong', () => {
		expect(WORDS[lang].wrong.filter((w) => text.includes(w))).toEqual([]);
	});

	it('contain each corrected form', () => {
		expect(WORDS[lang].right.filter((w) => !text.includes(w))).toEqual([]);
	});

	it('keep the article’s own words marked as verbatim Kazakh', () => {
		const marked = pagesOf(buildDir, lang).flatMap(verbatimElements);
		expect(marked.length).toBeGreaterThan(50);
		expect(marked.filter((e) => e.closest('[lang]')?.getAttribute('lang') !== 'kk')).toEqual([]);
	});
});

// A number and the unit, scale word or counted noun after it must not part at a line break.
const UNIT_AFTER_NUMBER =
	/\d (?=(?:км|km|млрд|млн|трлн|bn|tn|m\b|%|\$|доллар|пайыз|процент|жыл|год|г\.|квадрат|шаршы|square|документ|құжат|document|желтоқсан|декабр|December))/;

/** The places in our text that break a rule, with a little context. */
function offences(text: string, rule: RegExp): string[] {
	const global = new RegExp(rule.source, rule.flags.includes('g') ? rule.flags : `${rule.flags}g`);
	return [...text.matchAll(global)].map((m) => text.slice(Math.max(0, m.index - 25), m.index + 25));
}

describe.each(LANGS)('the typography of the %s text we wrote', (lang) => {
	const pages = pagesOf(buildDir, lang).map((file) => ({ file, text: ourText(file) }));
	const all = (rule: RegExp) =>
		pages.flatMap(({ file, text }) =>
			offences(text, rule).map((o) => `${path.relative(buildDir, file)}: …${o}…`)
		);

	it('keeps every number with its unit, scale word or noun (no ordinary space)', () => {
		expect(all(UNIT_AFTER_NUMBER)).toEqual([]);
	});

	it('never starts a line with a dash: a no-break space before a spaced dash', () => {
		expect(all(/ [—–] /)).toEqual([]);
	});

	it('uses the language’s quotation marks', () => {
		// Kazakh and Russian: «…» and „…“ inside; English: “…” and ‘…’ inside.
		const inner = lang === 'en' ? /‘[^’]*’/g : /„[^“”]*“/g;
		const rule = lang === 'en' ? /[«»„]/ : /[“”"]/;
		expect(
			pages.flatMap(({ file, text }) =>
				offences(text.replace(inner, ''), rule).map(
					(o) => `${path.relative(buildDir, file)}: …${o}…`
				)
			)
		).toEqual([]);
	});

	if (lang !== 'en') {
		it('writes four-digit numbers without a space: 6500, not 6 500', () => {
			expect(all(/(?<![\d\u00a0 ,])\d[\u00a0 ]\d{3}(?![\d]|[\u00a0 ]\d{3})/)).toEqual([]);
		});
	}
});

describe('exported files', () => {
	const exports = (ext: string, lang: Lang) =>
		filesUnder(path.join(buildDir, lang, 'charts'), `-${lang}${ext}`);

	it.each(LANGS)('SVG (%s) carry the corrected words and keep numbers with their units', (lang) => {
		const text = exports('.svg', lang)
			.map((f) => readFileSync(f, 'utf8'))
			.join('\n');
		expect(WORDS[lang].wrong.filter((w) => spaced(text).includes(w))).toEqual([]);
		const right = {
			kk: 'жоғарғы шек; үлес одан аз',
			en: 'speaking at the summit',
			ru: 'Три денежных показателя'
		};
		expect(spaced(text)).toContain(right[lang]);
		// The title and description are ours (the sentence in the figure is the article's, as printed).
		const ours = [...text.matchAll(/<(title|desc) id="derek-figure-[a-z]+">([^<]*)</g)]
			.map((m) => m[2])
			.join('\n');
		expect(ours).toContain(lang === 'en' ? '$8.5\u00a0bn' : '8,5\u00a0млрд');
		expect(offences(ours, UNIT_AFTER_NUMBER)).toEqual([]);
	});

	it.each(LANGS)('CSV and JSON (%s) have plain spaces and numbers as numbers', (lang) => {
		for (const f of [...exports('.csv', lang), ...exports('.json', lang)]) {
			expect(readFileSync(f, 'utf8'), f).not.toContain('\u00a0');
		}
		for (const f of exports('.json', lang)) {
			const doc = JSON.parse(readFileSync(f, 'utf8'));
			for (const fig of doc.figures) expect(typeof fig.value, f).toBe('number');
		}
	});
});
