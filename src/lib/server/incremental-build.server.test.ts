// A build after an article is added to a folder already built gives the same site, file for file
// and byte for byte, as a clean build of that folder: whatever a build keeps from the one before
// (the out folder, .svelte-kit, any cache) never serves a stale file (issue 17).
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = await mkdtemp(join(tmpdir(), 'derek-incremental-'));

/** A synthetic data folder of `count` articles (bench/synthetic-library.js). */
const library = (count: number, folder: string) =>
	run(process.execPath, ['bench/synthetic-library.js', String(count), folder]);

/** `npm run build` of a data folder into `out`, as a user runs it. */
const build = (data: string, out: string) =>
	run('npm', ['run', 'build'], {
		env: { ...process.env, DEREK_DATA: data, DEREK_OUT: out },
		maxBuffer: 64 * 1024 * 1024
	});

/**
 * Every file of a built site by its path, but those under _app/: SvelteKit stamps its version with
 * the time of the build, and the client chunks that carry it are named by their hashes, so _app/
 * differs between any two builds. No page loads them (csr is off; every page ships no app).
 */
async function site(dir: string): Promise<Map<string, Buffer>> {
	const files = new Map<string, Buffer>();
	for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = relative(dir, join(entry.parentPath, entry.name));
		if (!path.startsWith('_app/')) files.set(path, await readFile(join(dir, path)));
	}
	return files;
}

afterAll(() => rm(root, { recursive: true, force: true }));

describe('a build after adding an article', () => {
	it('writes exactly what a clean build of the same folder writes', async () => {
		const growing = join(root, 'growing');
		const incremental = join(root, 'incremental');
		await library(2, growing);
		await build(growing, incremental);
		await library(3, growing);
		await build(growing, incremental);

		const fresh = join(root, 'fresh');
		const clean = join(root, 'clean');
		await library(3, fresh);
		await build(fresh, clean);

		const [a, b] = await Promise.all([site(incremental), site(clean)]);
		expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
		// The third article's pages are there, and its charts' files.
		expect([...a.keys()].filter((p) => p.includes('synthetic-3/charts/')).length).toBeGreaterThan(
			7 * 3 * 5
		);
		const differing = [...a].filter(([path, body]) => !body.equals(b.get(path)!)).map(([p]) => p);
		expect(differing).toEqual([]);
	}, 900_000);
});
