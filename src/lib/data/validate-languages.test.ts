// The validator reads a fact's printed words with the number reader of the article's language:
// Russian and English articles, with the bounds and units the reader knows ("около", "up to", a
// range with its high end in `max`), pass, and a fact the words contradict fails, naming file,
// record and field.
import { describe, expect, it } from 'vitest';
import { problem } from '../../../tests/unit/data-problems';
import { fixtureData } from '../../../tests/unit/fixture-data';
import { translationLangs } from './types';
import { validateDataset, type RawData } from './validate';

type Rec = Record<string, unknown>;
const texts = (en: string) => ({ kk: `${en} (kk)`, en, ru: `${en} (ru)` });
/** A translation, written in English for the tests, into the languages an article in `lang` needs. */
const translationFrom = (lang: 'ru' | 'en', en: string) =>
	Object.fromEntries(translationLangs(lang).map((l) => [l, `${en} (${l})`]));

const RU_TEXT = `Тестовая статья о торговле

Товарооборот двух стран составил около 28 млрд долларов.

Экспорт зерна составит от 25 до 30 млн тонн.

Стороны договорились развивать сотрудничество.
`;

const EN_TEXT = `A test article about a fund

The fund will receive up to $1.5 billion.

Exports were up 62% on the year.

The two parties agreed to develop cooperation.
`;

const fact = (over: Rec) => ({
	label: texts('A figure'),
	period: texts('the test period'),
	kind: 'trade-flow',
	measure: texts('What the figure measures.'),
	parties: ['KZ'],
	attribution: { who: texts('The test text') },
	...over
});

const RU_FACTS = [
	fact({
		id: 'trade',
		value: 28e9,
		unit: 'USD',
		bound: 'about',
		hedge: 'около',
		printed: 'около 28 млрд долларов',
		sentence: 'Товарооборот двух стран составил около 28 млрд долларов.',
		paragraph: 2
	}),
	fact({
		id: 'grain',
		value: 25e6,
		max: 30e6,
		unit: 't',
		bound: 'range',
		printed: 'от 25 до 30 млн тонн',
		sentence: 'Экспорт зерна составит от 25 до 30 млн тонн.',
		paragraph: 3
	})
];

const EN_FACTS = [
	fact({
		id: 'fund',
		value: 1.5e9,
		unit: 'USD',
		bound: 'at-most',
		hedge: 'up to',
		printed: 'up to $1.5 billion',
		sentence: 'The fund will receive up to $1.5 billion.',
		paragraph: 2
	})
];

/** A change, which no chart may draw as a share; declared not charted unless a test charts it. */
const EXPORTS = fact({
	id: 'exports',
	value: 62,
	unit: 'percent',
	bound: 'exact',
	printed: '62%',
	sentence: 'Exports were up 62% on the year.',
	paragraph: 3
});

const chart = (id: string, type: string, facts: string[]) => ({
	id,
	type,
	title: texts(`The ${id} chart`),
	subtitle: texts('Figures written for a test.'),
	facts
});

/** A data folder of an article in `lang`, with its facts and charts. */
function foreignData(
	lang: 'ru' | 'en',
	edit?: (facts: Rec[], charts: Rec[], article: Rec) => void
): RawData {
	const raw = fixtureData();
	const text = lang === 'ru' ? RU_TEXT : EN_TEXT;
	const facts: Rec[] = structuredClone(lang === 'ru' ? RU_FACTS : EN_FACTS).map((f) => ({
		...f,
		translation: translationFrom(lang, 'The sentence, translated.')
	}));
	const charts: Rec[] =
		lang === 'ru'
			? [chart('trade', 'bars', ['trade']), chart('grain', 'bars', ['grain'])]
			: [chart('fund', 'bars', ['fund'])];
	const title = text.split('\n', 1)[0];
	const json = (name: string, value: unknown) => ({
		name: `fixture/${name}`,
		content: JSON.stringify(value)
	});
	const article: Rec = {
		...(JSON.parse(raw.articleJson.content) as Rec),
		lang,
		title,
		file: `article.${lang}.txt`,
		titleTranslation: translationFrom(lang, 'A test article')
	};
	edit?.(facts, charts, article);
	const last = 4;
	return {
		...raw,
		articleJson: json('article.json', article),
		articleText: { name: `fixture/article.${lang}.txt`, content: text },
		facts: json('facts.json', facts),
		charts: json('charts.json', charts),
		statements: json('statements.json', [
			{
				id: 'cooperation',
				label: texts('Cooperation'),
				sentence: text.split('\n\n')[last - 1]?.trim(),
				paragraph: last,
				attribution: { who: texts('The test text') },
				translation: translationFrom(lang, 'The parties agreed to develop cooperation.'),
				note: texts('No figure to chart.')
			}
		]),
		notCharted: json('not-charted.json', [
			{
				printed: lang === 'ru' ? 'двух стран' : 'two',
				paragraph: lang === 'ru' ? 2 : 4,
				reason: texts('The parties.')
			},
			...(lang === 'en' && !facts.some((f) => f.id === 'exports')
				? [{ printed: '62%', paragraph: 3, reason: texts('A change, not a share.') }]
				: [])
		])
	};
}

describe('a Russian article', () => {
	it('passes, "около 28 млрд долларов" about in USD and "от 25 до 30 млн тонн" a range with its max', () => {
		const data = validateDataset(foreignData('ru'));
		expect(data.facts.map((f) => [f.id, f.value, f.max, f.unit, f.bound, f.hedge])).toEqual([
			['trade', 28e9, undefined, 'USD', 'about', 'около'],
			['grain', 25e6, 30e6, 't', 'range', undefined]
		]);
	});

	it('fails on a range without its high end', () => {
		expect(problem(foreignData('ru', (f) => delete f[1]?.max))).toBe(
			'fixture/facts.json: record 2 ("grain"), field "max": is missing: a range must give its high end'
		);
	});

	it('fails on a high end the words do not give', () => {
		expect(problem(foreignData('ru', (f) => (f[1]!.max = 35e6)))).toBe(
			'fixture/facts.json: record 2 ("grain"), field "max": "от 25 до 30 млн тонн" reads up to 30000000, but max is 35000000'
		);
	});

	it('fails on a high end not above the low end', () => {
		expect(problem(foreignData('ru', (f) => (f[1]!.max = 25e6)))).toBe(
			'fixture/facts.json: record 2 ("grain"), field "max": 25000000 must be greater than value (25000000), the low end'
		);
	});

	it('fails on a high end given to a figure that is not a range', () => {
		expect(problem(foreignData('ru', (f) => (f[0]!.max = 30e9)))).toBe(
			'fixture/facts.json: record 1 ("trade"), field "max": is only for a range, but bound is about'
		);
	});

	it('fails on a bound the Russian words contradict', () => {
		expect(problem(foreignData('ru', (f) => (f[0]!.bound = 'more-than')))).toBe(
			'fixture/facts.json: record 1 ("trade"), field "bound": is more-than, but the words "около 28 млрд долларов" say about'
		);
	});

	it('fails on a hedge the Russian reader does not know, or one of another bound', () => {
		expect(problem(foreignData('ru', (f) => (f[0]!.hedge = 'якобы')))).toBe(
			'fixture/facts.json: record 1 ("trade"), field "hedge": "якобы" is not a hedge word the ru reader knows (see src/lib/data/reader/lexicon/ru.ts)'
		);
		expect(problem(foreignData('ru', (f) => (f[0]!.hedge = 'более')))).toBe(
			'fixture/facts.json: record 1 ("trade"), field "hedge": "более" sets the bound more-than, but bound is about'
		);
	});

	it('fails on an about figure without its hedge', () => {
		expect(problem(foreignData('ru', (f) => delete f[0]?.hedge))).toBe(
			'fixture/facts.json: record 1 ("trade"), field "hedge": is missing: an about figure must quote the words that bound it'
		);
	});
});

describe('an English article', () => {
	it('passes, "up to $1.5 billion" an upper bound in USD', () => {
		const data = validateDataset(foreignData('en'));
		expect(data.facts.map((f) => [f.id, f.value, f.unit, f.bound, f.hedge])).toEqual([
			['fund', 1.5e9, 'USD', 'at-most', 'up to']
		]);
	});

	it('fails on an exact figure the words bound', () => {
		expect(problem(foreignData('en', (f) => (f[0]!.bound = 'exact')))).toBe(
			'fixture/facts.json: record 1 ("fund"), field "bound": is exact, but the words "up to $1.5 billion" say at-most'
		);
	});

	it('fails on a value the words do not give', () => {
		expect(problem(foreignData('en', (f) => (f[0]!.value = 1.2e9)))).toBe(
			'fixture/facts.json: record 1 ("fund"), field "printed": "up to $1.5 billion" reads as 1500000000, but value is 1200000000'
		);
	});

	it('refuses to chart a change as a share of a whole', () => {
		const raw = foreignData('en', (f, c) => {
			f.push({
				...structuredClone(EXPORTS),
				change: 'up',
				translation: translationFrom('en', 'Exports rose.')
			});
			c.push(chart('exports', 'waffle', ['exports']));
		});
		expect(problem(raw)).toBe(
			'fixture/charts.json: record 2 ("exports"), field "facts[0]": a waffle chart cannot draw "exports": it is a change, not a share of a whole (a change chart draws it as a signed bar)'
		);
	});

	it('refuses an upper bound on a unit chart, which would count what may not be there', () => {
		const raw = foreignData('en', (_, c) => (c[0]!.type = 'units'));
		expect(problem(raw)).toBe(
			'fixture/charts.json: record 1 ("fund"), field "facts[0]": a units chart draws count figures, "fund" is USD'
		);
	});
});

describe('the translations an article needs: every interface language but its own', () => {
	it('passes a Russian article translated into Kazakh and English, shown as it is to Russian readers', () => {
		const data = validateDataset(foreignData('ru'));
		expect(Object.keys(data.facts[0]!.translation)).toEqual(['kk', 'en']);
		expect(Object.keys(data.article.titleTranslation)).toEqual(['kk', 'en']);
		expect(data.facts[0]!.sourceLang).toBe('ru');
	});

	it('fails on a Russian article whose fact has no Kazakh translation', () => {
		const raw = foreignData('ru', (facts) => delete (facts[0]!.translation as Rec).kk);
		expect(problem(raw)).toBe(
			'fixture/facts.json: record 1 ("trade"), field "translation.kk": the kk translation is missing: an article in ru is translated into kk and en'
		);
	});

	it('fails on an English article whose fact is "translated" into English', () => {
		const raw = foreignData('en', (facts) => {
			(facts[0]!.translation as Rec).en = 'The sentence again.';
		});
		expect(problem(raw)).toBe(
			'fixture/facts.json: record 1 ("fund"), field "translation.en": is not needed: the article is in en, whose readers read the original (translate into kk and ru)'
		);
	});

	it('fails on a title translation missing a language', () => {
		const raw = foreignData('en', (_f, _c, article) => {
			delete (article.titleTranslation as Rec).ru;
		});
		expect(problem(raw)).toBe(
			'fixture/article.json: the article, field "titleTranslation.ru": the ru translation is missing: an article in en is translated into kk and ru'
		);
	});

	it('fails on a statement translated into its own language', () => {
		const data = foreignData('ru');
		const statements = JSON.parse(data.statements.content) as Rec[];
		(statements[0]!.translation as Rec).ru = 'Стороны договорились.';
		const raw = {
			...data,
			statements: { ...data.statements, content: JSON.stringify(statements) }
		};
		expect(problem(raw)).toBe(
			'fixture/statements.json: record 1 ("cooperation"), field "translation.ru": is not needed: the article is in ru, whose readers read the original (translate into kk and en)'
		);
	});
});
