// A build after articles are added to and edited in a folder already built gives the same site,
// file for file and byte for byte, as a clean build of that folder: whatever a build keeps from
// the one before (the out folder, .svelte-kit, the build cache) never serves a stale file; and the
// cache does serve what did not change (issue 17).
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const [FIRST, SECOND, THIRD] = [
	'2025-12-28-synthetic-1',
	'2025-12-27-synthetic-2',
	'2025-12-26-synthetic-3'
];
const root = await mkdtemp(join(tmpdir(), 'derek-incremental-'));
const cache = join(root, 'cache');

/** A synthetic data folder of `count` articles (bench/synthetic-library.js). */
const library = (count: number, folder: string) =>
	run(process.execPath, ['bench/synthetic-library.js', String(count), folder]);

/** An edit to one article: its first chart's English title. */
async function editTitle(folder: string, slug: string) {
	const file = join(folder, 'articles', slug, 'charts.json');
	const charts = JSON.parse(await readFile(file, 'utf8')) as { title: { en: string } }[];
	charts[0]!.title.en += ', as edited';
	await writeFile(file, `${JSON.stringify(charts, null, '\t')}\n`);
}

/** `npm run build` of a data folder into `out`, as a user runs it, with the cache or without. */
const build = (data: string, out: string, cached: boolean) =>
	run('npm', ['run', 'build'], {
		env: {
			...process.env,
			DEREK_DATA: data,
			DEREK_OUT: out,
			...(cached ? { DEREK_CACHE_DIR: cache } : { DEREK_CACHE: 'off' })
		},
		maxBuffer: 64 * 1024 * 1024
	});

/** Every file of a built site by its path. */
async function site(dir: string): Promise<Map<string, Buffer>> {
	const files = new Map<string, Buffer>();
	for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = relative(dir, join(entry.parentPath, entry.name));
		files.set(path, await readFile(join(dir, path)));
	}
	return files;
}

afterAll(() => rm(root, { recursive: true, force: true }));

describe('a build after adding an article and editing another', () => {
	it('writes exactly what a clean build of the same folder writes, making only what changed', async () => {
		const growing = join(root, 'growing');
		const incremental = join(root, 'incremental');
		await library(2, growing);
		await build(growing, incremental, true);
		await library(3, growing);
		await editTitle(growing, FIRST);
		const { stdout } = await build(growing, incremental, true);

		const fresh = join(root, 'fresh');
		const clean = join(root, 'clean');
		await library(3, fresh);
		await editTitle(fresh, FIRST);
		await build(fresh, clean, false);

		const [a, b] = await Promise.all([site(incremental), site(clean)]);
		expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
		// The third article's pages are there, and its charts' files.
		expect([...a.keys()].filter((p) => p.includes(`${THIRD}/charts/`)).length).toBeGreaterThan(
			7 * 3 * 5
		);
		const differing = [...a].filter(([path, body]) => !body.equals(b.get(path)!)).map(([p]) => p);
		expect(differing).toEqual([]);

		// What the second build made: the new article, the edited one, and the lists of all three.
		const { served, made } = JSON.parse(await readFile(join(cache, 'last-build.json'), 'utf8')) as {
			served: number;
			made: string[];
		};
		expect(stdout).toContain(`${served} of ${served + made.length} pages and files served`);
		for (const path of [
			`/en/articles/${THIRD}/charts/japan-investment`,
			`/en/articles/${FIRST}/charts/japan-investment`,
			'/kk',
			'/sitemap.xml'
		]) {
			expect(made).toContain(path);
		}
		// The second article is as it was: none of its pages, embeds or files was made again.
		expect(made.filter((path) => path.includes(SECOND))).toEqual([]);
		const ofSecond = [...a.keys()].filter((path) => path.includes(SECOND));
		expect(ofSecond.length).toBeGreaterThan(7 * 3 * 5);
		expect(served).toBeGreaterThanOrEqual(ofSecond.length);
	}, 900_000);
});
