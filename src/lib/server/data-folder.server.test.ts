// The data folder: articles/<slug>/ per article, site.json optional. A broken article names its
// folder, file and record; `npm run check-data` says the same without building.
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureData, withEdit } from '../../../tests/unit/fixture-data';
import { writeDataFolder } from '../../../tests/unit/fixture-folder';
import { SEED_FOLDER } from '../../../tests/unit/raw-data';
import { readDataFolder } from './data-folder';

const folders: string[] = [];
const folder = (...args: Parameters<typeof writeDataFolder>) => {
	const root = writeDataFolder(...args);
	folders.push(root);
	return root;
};
afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

const problem = (root: string) => {
	try {
		readDataFolder(root);
	} catch (e) {
		return (e as Error).message;
	}
	throw new Error('the folder was accepted');
};

describe('the data folder', () => {
	it('holds the seed article in data/articles/<slug>/', () => {
		const { articles, site } = readDataFolder('data');
		expect(articles.map((a) => a.slug)).toEqual(['2025-12-20-central-asia-japan-tokyo']);
		expect(articles[0]!.dataset.article.title).toMatch(/^"Орталық Азия – Жапония" саммитінде/);
		expect(site).toEqual({ firstAddresses: '2025-12-20-central-asia-japan-tokyo' });
		expect(SEED_FOLDER).toBe('data/articles/2025-12-20-central-asia-japan-tokyo');
	});

	it('reads every article, in the order of their folders, and site.json', () => {
		const site = { title: { kk: 'Сандар', en: 'Numbers', ru: 'Числа' } };
		const root = folder({ 'b-second': fixtureData(), 'a-first': fixtureData() }, site);
		const data = readDataFolder(root);
		expect(data.articles.map((a) => a.slug)).toEqual(['a-first', 'b-second']);
		expect(data.articles[1]!.dataset.facts.map((f) => f.id)).toContain('investment');
		expect(data.site).toEqual(site);
	});

	it('names the broken article’s folder, file and record', () => {
		const broken = withEdit('facts', (facts) => ((facts[1] as Record<string, unknown>).valeu = 1));
		const root = folder({ good: fixtureData(), broken });
		expect(problem(root)).toBe(
			`${join(root, 'articles/broken/facts.json')}: record 2 ("investment"), field "valeu": "valeu" is not a field of a fact (did you mean "value"?)`
		);
	});

	it('names a missing file, a text file that is not there, and a bad site.json', () => {
		const missing = folder();
		rmSync(join(missing, 'articles/test-article/charts.json'));
		expect(problem(missing)).toBe(
			`${join(missing, 'articles/test-article/charts.json')}: the whole file, field "-": is missing`
		);
		const text = folder({ x: withEdit('articleJson', (a) => (a.file = 'article.ru.txt')) });
		expect(problem(text)).toBe(
			`${join(text, 'articles/x/article.json')}: the article, field "file": "article.ru.txt" is missing or empty in the article's folder`
		);
		const site = folder(undefined, { titel: {} });
		expect(problem(site)).toBe(
			`${join(site, 'site.json')}: the site, field "titel": "titel" is not a field of the site (did you mean "title"?)`
		);
	});

	it('refuses first addresses for an article it does not hold', () => {
		const root = folder({ 'a-first': fixtureData() }, { firstAddresses: 'a-frist' });
		expect(problem(root)).toBe(
			`${join(root, 'site.json')}: the site, field "firstAddresses": "a-frist" is not an article folder: one of "a-first"`
		);
	});

	it('lets site.json add kinds of figure, named in every language, but not rename the table’s', () => {
		const port = { kk: 'порт жүгі', en: 'port cargo', ru: 'грузы порта' };
		const ported = withEdit(
			'facts',
			(facts) => ((facts[0] as Record<string, unknown>).kind = 'port-cargo')
		);
		const root = folder({ x: ported }, { kinds: { 'port-cargo': port } });
		const trade = readDataFolder(root).articles[0]!.dataset.facts[0]!;
		expect(trade.kind).toEqual({ id: 'port-cargo', name: port });
		expect(problem(folder({ x: ported }))).toBe(
			`${join(folders.at(-1)!, 'articles/x/facts.json')}: record 1 ("trade"), field "kind": "port-cargo" is not a kind of figure: name one of src/lib/words/kinds.json or add it to site.json's kinds`
		);
		const renamed = folder({ x: fixtureData() }, { kinds: { share: port } });
		expect(problem(renamed)).toBe(
			`${join(renamed, 'site.json')}: the site, field "kinds.share": "share" is already a kind every site knows (src/lib/words/kinds.json): name it in facts as it is`
		);
	});

	it('refuses a folder without articles', () => {
		const root = folder({});
		expect(problem(root)).toMatch(/articles: the folder, field "-": is missing/);
	});
});

describe('npm run check-data', () => {
	const run = promisify(execFile);
	const checkData = (...args: string[]) =>
		run('node', ['scripts/check-data.js', ...args]).then(
			({ stdout }) => ({ code: 0, out: stdout }),
			(e: { code: number; stderr: string }) => ({ code: e.code, out: e.stderr })
		);

	it('prints OK with what it read, or the problem, with a non-zero exit', async () => {
		const good = folder({ 'test-article': fixtureData() });
		const bad = folder({ x: withEdit('notCharted', (list) => list.splice(0, 1)) });
		const [ok, failed] = await Promise.all([checkData(good), checkData(bad)]);
		expect(ok).toEqual({
			code: 0,
			out: `OK ${good}: 1 article\n  test-article (kk): 5 facts, 6 charts, 1 statement, 2 numbers not charted\n`
		});
		expect(failed.code).toBe(1);
		expect(failed.out).toBe(
			`${join(bad, 'articles/x/article.kk.txt')}: paragraph 2, number "14": is neither charted (a fact in ${join(bad, 'articles/x/facts.json')}) nor declared not charted (${join(bad, 'articles/x/not-charted.json')})\n`
		);
	}, 60_000);
});
