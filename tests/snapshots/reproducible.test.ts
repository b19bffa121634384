// The export command run twice, each time in a fresh process (a new Vite, new module state, new
// font loading), must write the same bytes, and the same bytes as the committed snapshots: what a
// report pipeline gets from `npm run export` is what the snapshots show.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BINARY_MANIFEST, EXPORTS_DIR, binaryManifest } from './snapshot-files';

const run = promisify(execFile);
const folders: string[] = [];
const REAL_ARTICLE = '2025-12-20-central-asia-japan-tokyo';

/**
 * A data folder of the real article alone, so the test's time does not grow with the articles
 * in data/ (issue 17), while the export reads it as it reads any data folder.
 */
async function realArticleOnly(): Promise<string> {
	const data = await mkdtemp(join(tmpdir(), 'derek-export-data-'));
	folders.push(data);
	await cp('data/site.json', join(data, 'site.json'));
	await cp(join('data/articles', REAL_ARTICLE), join(data, 'articles', REAL_ARTICLE), {
		recursive: true
	});
	return data;
}

/** Runs `npm run export` as a user does, in its own process, into a new folder. */
async function exportOnce(data: string): Promise<string> {
	const folder = await mkdtemp(join(tmpdir(), 'derek-export-'));
	folders.push(folder);
	await run(process.execPath, ['scripts/export.js', folder], {
		env: { ...process.env, DEREK_SITE_URL: 'http://localhost:4173', DEREK_DATA: data }
	});
	return folder;
}

/** The real article's files: the export writes each article into a folder named by its slug. */
const files = async (folder: string) => {
	expect(await readdir(folder)).toEqual([REAL_ARTICLE]);
	const names = (await readdir(join(folder, REAL_ARTICLE))).sort();
	return Promise.all(
		names.map(async (name) => ({ name, body: await readFile(join(folder, REAL_ARTICLE, name)) }))
	);
};

describe('npm run export in two separate processes', () => {
	let first: { name: string; body: Buffer }[] = [];
	let second: { name: string; body: Buffer }[] = [];

	beforeAll(async () => {
		const data = await realArticleOnly();
		first = await files(await exportOnce(data));
		second = await files(await exportOnce(data));
	}, 240_000);
	afterAll(() => Promise.all(folders.map((f) => rm(f, { recursive: true, force: true }))));

	it('writes the same files with the same bytes', () => {
		expect(second.map((f) => f.name)).toEqual(first.map((f) => f.name));
		const differ = first.filter((f, i) => !f.body.equals(second[i]!.body)).map((f) => f.name);
		expect(differ).toEqual([]);
	});

	it('writes what the committed snapshots hold', async () => {
		const binary = first.filter((f) => /\.(png|pdf)$/.test(f.name));
		const text = first.filter((f) => !binary.includes(f));
		const snapshotted = await Promise.all(
			text.map(async (f) => ({
				name: f.name,
				same: f.body.equals(await readFile(EXPORTS_DIR + f.name))
			}))
		);
		expect(snapshotted.filter((f) => !f.same).map((f) => f.name)).toEqual([]);
		const manifest = await readFile(EXPORTS_DIR + BINARY_MANIFEST, 'utf8');
		const lines = (s: string) => s.trim().split('\n').sort();
		expect(lines(binaryManifest(binary))).toEqual(lines(manifest));
	});
});
