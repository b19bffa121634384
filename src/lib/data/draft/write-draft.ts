// Writes a new article folder from an article's text and what the number reader found in it: a
// fact for every figure with everything the reader found, a chart for each (./choose-chart.ts), a
// not-charted entry for each date and year, and placeholders where only a person can write, each
// listed in its record's `draft` (../schema/draft.ts). Each drafted fact and chart is checked by
// the validator's own checks; one the reader's words do not bear out goes to not-charted instead,
// with the problem, for a person. Pure: the same text gives the same files, byte for byte.
import { RecordAt } from '../errors';
import { DataError } from '../errors';
import { toArticle, toChart, toFact } from '../checks';
import { unaccounted } from '../coverage';
import { siteKinds } from '../../words/kinds';
import { parseRecord } from '../parse';
import { readArticle } from '../reader';
import type { Candidate } from '../reader/types';
import { chartSchema, factSchema } from '../schema';
import {
	translationLangs,
	type Article,
	type Fact,
	type Lang,
	type Localized,
	type NotCharted
} from '../types';
import { NOUN_FORM_KEYS } from '../../words/plural';
import COUNTRIES from '../../words/countries.json';
import { CHANGE_TYPE, chooseChart } from './choose-chart';
import { NOT_A_FIGURE, UNCLASSIFIED, placeholder, translationOf } from './placeholders';

export interface DraftInput {
	text: string;
	lang: Lang;
	/** The publication date, YYYY-MM-DD; absent, the first full date the text prints, marked draft. */
	date?: string;
	/** The chart types the build has (the registry's by default). */
	types?: readonly string[];
}

/** The files of the folder, by name, as written. */
export type DraftFiles = Record<string, string>;

const json = (value: unknown) => `${JSON.stringify(value, null, '\t')}\n`;

/** A date to stand in until a person gives one: the dateline's, or the first day of 2000. */
function draftDate(candidates: Candidate[]): string {
	const full = candidates.find((c) => c.unit === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(c.iso ?? ''));
	return full?.iso ?? '2000-01-01';
}

/** Countries the words name, by code, for a person to check: a name's stem, as inflected. */
function countriesIn(words: string, lang: Lang): string[] {
	const table = COUNTRIES as Record<string, { name: Record<Lang, string> }>;
	return Object.entries(table)
		.map(([code, c]) => {
			const stem = c.name[lang].replace(/[аяоеёиыуюьйэaeiouyәіұүө]+$/iu, '');
			return { code, at: stem.length >= 4 ? words.indexOf(stem) : -1 };
		})
		.filter((c) => c.at >= 0)
		.sort((a, b) => a.at - b.at || a.code.localeCompare(b.code))
		.map((c) => c.code);
}

function counted(
	c: Candidate,
	lang: Lang
): { value: Record<Lang, Record<string, string>>; toWrite: string[] } {
	const langs = Object.keys(NOUN_FORM_KEYS) as Lang[];
	const ph = placeholder();
	const value = Object.fromEntries(
		langs.map((l) => [
			l,
			Object.fromEntries(
				NOUN_FORM_KEYS[l].map((k) => [k, l === lang && c.countOf ? c.countOf : ph[l]])
			)
		])
	) as Record<Lang, Record<string, string>>;
	return {
		value,
		toWrite: langs.filter((l) => l !== lang || !c.countOf).map((l) => `countOf.${l}`)
	};
}

/** A fact record for a figure, with the fields a person must write listed in `draft`. */
function factRecord(
	c: Candidate,
	id: string,
	article: Article,
	charted: boolean
): Record<string, unknown> {
	const lang = article.lang;
	const translation = translationOf(translationLangs(lang));
	// The countries the sentence names, else the article's first two, else Kazakhstan: a guess.
	const named = countriesIn(c.sentence, lang);
	const inArticle = countriesIn(article.text, lang).slice(0, 2);
	const parties = named.length ? named : inArticle.length ? inArticle : ['KZ'];
	const count = c.unit === 'count' ? counted(c, lang) : undefined;
	// Which way, as the reader read it; a rise where the words do not say, for a person to check.
	const change = charted && c.change ? (c.direction ?? 'up') : undefined;
	return {
		id,
		label: placeholder(),
		value: c.value,
		...(c.max !== undefined ? { max: c.max } : {}),
		unit: c.unit,
		bound: c.bound,
		...(change ? { change } : {}),
		period: placeholder(),
		kind: UNCLASSIFIED,
		measure: placeholder(),
		parties,
		printed: c.printed,
		sentence: c.sentence,
		paragraph: c.paragraph,
		attribution: { who: placeholder() },
		translation: translation.value,
		...(count ? { countOf: count.value } : {}),
		...(c.hedge ? { hedge: c.hedge } : {}),
		draft: [
			'label',
			...(change ? ['change'] : []),
			'period',
			'kind',
			'measure',
			'parties',
			'attribution',
			...translation.toWrite.map((l) => `translation.${l}`),
			...(count?.toWrite ?? [])
		]
	};
}

/** The id of a figure: its paragraph and unit, numbered where a paragraph has several alike. */
function idFor(c: Candidate, taken: Set<string>): string {
	const base = `p${c.paragraph}-${c.unit.toLowerCase()}`;
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
	taken.add(id);
	return id;
}

const firstProblem = (run: () => void): string | undefined => {
	try {
		run();
		return undefined;
	} catch (e) {
		if (e instanceof DataError) return e.message.replace(/^.*?field /, 'field ');
		throw e;
	}
};

/** The kinds every site knows: a draft's one kind is among them. */
const KINDS = siteKinds();

/** The folder's files for an article. */
export function writeDraft({ text, lang, date, types }: DraftInput): DraftFiles {
	const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const candidates = readArticle(lang, clean);
	const file = `article.${lang}.txt`;
	const title = clean.split('\n', 1)[0]?.trim() ?? '';
	const titleTranslation = translationOf(translationLangs(lang));
	const articleJson = {
		file,
		lang,
		date: date ?? draftDate(candidates),
		title,
		titleTranslation: titleTranslation.value,
		about: placeholder(),
		// Only the quoted sentences until a person knows the publisher allows the whole text.
		fullText: false,
		draft: [
			...(date ? [] : ['date']),
			...titleTranslation.toWrite.map((l) => `titleTranslation.${l}`),
			'about',
			'fullText'
		]
	};
	const at = new RecordAt('article.json', 'the article');
	const article = toArticle(
		{ value: articleJson as unknown as Article, at, index: 0 },
		{ name: file, content: clean }
	);

	const facts: Record<string, unknown>[] = [];
	const charts: Record<string, unknown>[] = [];
	const notCharted: Record<string, unknown>[] = [];
	const drawn = new Map<string, Fact>();
	const taken = new Set<string>();
	const notChartedDraft = (c: { printed: string; paragraph: number }, reason: Localized) =>
		notCharted.push({ printed: c.printed, paragraph: c.paragraph, reason, draft: ['reason'] });

	for (const c of candidates) {
		const choice = chooseChart(c, types);
		if ('none' in choice) {
			if (choice.none === 'no-type') {
				notChartedDraft(c, {
					kk: 'Жоба: бұл санды шынайы сала алатын диаграмма түрі жоқ (өзгеріс болса, «change»).',
					en: 'Draft: no chart type here draws this figure truthfully (for a change, “change”).',
					ru: 'Черновик: ни один тип диаграммы здесь не рисует это число честно (для изменения — «change»).'
				});
			} else {
				notCharted.push({
					printed: c.printed,
					paragraph: c.paragraph,
					reason: NOT_A_FIGURE[choice.none]
				});
			}
			continue;
		}
		const id = idFor(c, taken);
		const record = factRecord(c, id, article, choice.type === CHANGE_TYPE);
		const chart = {
			id,
			type: choice.type,
			title: placeholder(),
			subtitle: placeholder(),
			facts: [id],
			draft: ['title', 'subtitle']
		};
		// The validator's own checks: a figure they refuse is left for a person, with the reason.
		const fatal = firstProblem(() => {
			const fact = toFact(
				{ value: parseRecord(factSchema, record, new RecordAt('facts.json', id)), at, index: 0 },
				article,
				KINDS
			);
			toChart(
				{ value: parseRecord(chartSchema, chart, new RecordAt('charts.json', id)), at, index: 0 },
				new Map([[id, fact]]),
				article
			);
			drawn.set(id, fact);
		});
		if (fatal) {
			taken.delete(id);
			notChartedDraft(c, {
				kk: `Жоба: оқушы тапқан сан тексеруден өтпеді (${fatal}); адам шешуі керек.`,
				en: `Draft: what the reader found does not check (${fatal}); a person must decide.`,
				ru: `Черновик: найденное читателем число не прошло проверку (${fatal}); решать человеку.`
			});
			continue;
		}
		facts.push(record);
		charts.push(chart);
	}
	// Numbers the broad scan sees that the reader did not read ("одна из мер"): a person says why.
	for (const n of unaccounted(article, [...drawn.values()], notCharted as NotCharted[])) {
		notChartedDraft(n, {
			kk: 'Жоба: оқушы бұл жерден сан таппады; неге кескінделмегенін адам жазады.',
			en: 'Draft: the reader found no figure here; a person writes why it is not charted.',
			ru: 'Черновик: читатель не нашёл здесь числа; почему оно не на диаграмме, пишет человек.'
		});
	}
	notCharted.sort((a, b) => (a.paragraph as number) - (b.paragraph as number));

	return {
		'article.json': json(articleJson),
		[file]: clean,
		'facts.json': json(facts),
		'charts.json': json(charts),
		'statements.json': json([]),
		'not-charted.json': json(notCharted)
	};
}
