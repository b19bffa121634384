import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../reader';
import { validateDataset } from '../validate';
import { writeDraft } from './write-draft';

const TEXT = readFileSync('tests/fixtures/budget-deficit.ru.txt', 'utf8');
const FIXTURE = 'tests/fixtures/library/articles/2026-02-03-budget-deficit';
const files = writeDraft({ text: TEXT, lang: 'ru' });
const parse = (name: string) => JSON.parse(files[name] ?? 'null') as Record<string, unknown>[];
const facts = parse('facts.json');
const charts = parse('charts.json');
const notCharted = parse('not-charted.json');
const candidates = readArticle('ru', TEXT);

describe('writeDraft: an article folder from the Russian budget article', () => {
	it('validates as it is, with the build’s own validator', () => {
		const raw = (name: string) => ({ name, content: files[name] ?? '' });
		const d = validateDataset({
			articleJson: raw('article.json'),
			articleText: raw('article.ru.txt'),
			facts: raw('facts.json'),
			charts: raw('charts.json'),
			statements: raw('statements.json'),
			notCharted: raw('not-charted.json')
		});
		expect(d.article.title).toBe('Дефицит бюджета Казахстана сократился до 2,1% ВВП');
		expect(d.charts).toHaveLength(facts.length);
	});

	it('accounts for every candidate: a fact with all the reader found, or a not-charted entry', () => {
		for (const c of candidates) {
			const fact = facts.find((f) => f.printed === c.printed && f.paragraph === c.paragraph);
			if (fact) {
				expect(fact).toMatchObject({
					value: c.value,
					unit: c.unit,
					bound: c.bound,
					sentence: c.sentence,
					...(c.max !== undefined ? { max: c.max } : {}),
					...(c.hedge ? { hedge: c.hedge } : {})
				});
			} else {
				expect(notCharted, c.printed).toContainEqual(
					expect.objectContaining({ printed: c.printed, paragraph: c.paragraph })
				);
			}
		}
	});

	it('charts money as bars, shares as waffles, small counts as squares', () => {
		const typeOf = (printed: string) => {
			const fact = facts.find((f) => f.printed === printed);
			return charts.find((c) => (c.facts as string[])[0] === fact?.id)?.type;
		};
		expect(typeOf('около 24 трлн тенге')).toBe('bars');
		expect(typeOf('более 40%')).toBe('waffle');
		expect(typeOf('примерно четверть')).toBe('waffle');
		expect(typeOf('не менее 15')).toBe('units');
	});

	it('never draws a change as a share: a change is a signed bar, a factor is left for a person', () => {
		for (const printed of ['9 процентов', '1,1%']) {
			const fact = facts.find((f) => f.printed === printed);
			expect(fact?.change, printed).toBeDefined();
			expect(fact?.draft).toContain('change');
			expect(charts.find((c) => (c.facts as string[]).includes(fact!.id as string))?.type).toBe(
				'change'
			);
		}
		// "почти вдвое" (almost doubled) is a factor, whose zero is 1: no chart draws it from 0.
		expect(facts.map((f) => f.printed)).not.toContain('почти вдвое');
		expect(notCharted.find((n) => n.printed === 'почти вдвое')?.draft).toEqual(['reason']);
	});

	it('dates and years are not charted, with their reason', () => {
		const entry = (printed: string) => notCharted.find((n) => n.printed === printed);
		expect(entry('3 февраля 2026 года')?.reason).toMatchObject({ en: 'A date: not a figure.' });
		expect(entry('2025 года')?.reason).toMatchObject({ ru: 'Год: не показатель.' });
	});

	it('lists what only a person can write, and writes placeholders that say they are drafts', () => {
		const fact = facts.find((f) => f.printed === 'около 24 трлн тенге');
		expect(fact?.draft).toEqual([
			'label',
			'period',
			'kind',
			'measure',
			'parties',
			'attribution',
			'translation.kk',
			'translation.en'
		]);
		expect(fact?.label).toEqual({
			kk: 'Жоба: әлі жазылмаған',
			en: 'Draft: not written yet',
			ru: 'Черновик: ещё не написано'
		});
		// A Russian sentence is translated into Kazakh and English, the other interface languages.
		expect(Object.keys(fact?.translation ?? {}).sort()).toEqual(['en', 'kk']);
		expect(fact?.kind).toBe('unclassified');
		expect(charts[0]?.draft).toEqual(['title', 'subtitle']);
		expect(parse('article.json')).toMatchObject({
			date: '2026-02-03',
			fullText: false,
			draft: ['date', 'titleTranslation.kk', 'titleTranslation.en', 'about', 'fullText']
		});
	});

	it('takes the date given, and then does not list it as a draft', () => {
		const given = JSON.parse(
			writeDraft({ text: TEXT, lang: 'ru', date: '2026-02-04' })['article.json'] ?? ''
		);
		expect(given).toMatchObject({ date: '2026-02-04' });
		expect(given.draft).not.toContain('date');
	});

	it('gives the same files, byte for byte, drafted again: the committed fixture is this draft', () => {
		expect(writeDraft({ text: TEXT, lang: 'ru' })).toEqual(files);
		const committed = Object.fromEntries(
			readdirSync(FIXTURE).map((name) => [name, readFileSync(join(FIXTURE, name), 'utf8')])
		);
		expect(committed).toEqual(files);
	});
});

describe('draft marks are checked', () => {
	it('a draft path that names no field of its record fails, naming file, record and field', () => {
		const raw = (name: string, content = files[name] ?? '') => ({ name, content });
		const bad = facts.map((f, i) => (i === 0 ? { ...f, draft: ['label', 'lable'] } : f));
		expect(() =>
			validateDataset({
				articleJson: raw('article.json'),
				articleText: raw('article.ru.txt'),
				facts: raw('facts.json', JSON.stringify(bad)),
				charts: raw('charts.json'),
				statements: raw('statements.json'),
				notCharted: raw('not-charted.json')
			})
		).toThrow(
			'facts.json: record 1 ("p1-percent"), field "draft[1]": "lable" is not a field of this record'
		);
	});
});
