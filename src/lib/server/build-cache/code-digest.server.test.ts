// The build cache's key changes with any file of the compiled app or of static/, and the cache
// sheds what no build has used for two weeks.
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeDigest } from './code-digest';
import { UNUSED_DAYS, pruneCache } from './folder.js';

const root = await mkdtemp(join(tmpdir(), 'derek-code-'));
afterAll(() => rm(root, { recursive: true, force: true }));

async function put(path: string, content: string) {
	await mkdir(join(root, path, '..'), { recursive: true });
	await writeFile(join(root, path), content);
}

describe('the code digest', () => {
	it('changes with the compiled server, the client assets and static/', async () => {
		await put('.svelte-kit/output/server/index.js', 'render()');
		await put('.svelte-kit/output/client/_app/immutable/app.js', 'hydrate()');
		await put('static/enhance.js', 'enhance()');
		const first = codeDigest(root);
		expect(codeDigest(root)).toBe(first);
		const changed = [];
		for (const file of [
			'.svelte-kit/output/server/index.js',
			'.svelte-kit/output/client/_app/immutable/app.js',
			'static/enhance.js'
		]) {
			await put(file, 'changed()');
			changed.push(codeDigest(root));
		}
		expect(new Set([first, ...changed]).size).toBe(4);
		await put('.svelte-kit/output/server/chunks/new.js', 'more()');
		expect(codeDigest(root)).not.toBe(changed.at(-1));
	});

	it('refuses to guess without a compiled app', () => {
		expect(() => codeDigest(join(root, 'nowhere'))).toThrow(
			/\.svelte-kit\/output\/server is missing/
		);
	});
});

describe('pruning the cache', () => {
	it('deletes records no build used for the last days, then bodies no record names', async () => {
		const cache = join(root, 'cache');
		await put('cache/records/ab/old.json', JSON.stringify({ body: 'b-old' }));
		await put('cache/records/ab/used.json', JSON.stringify({ body: 'b-used' }));
		await put('cache/bodies/b-/b-old', 'old');
		await put('cache/bodies/b-/b-used', 'used');
		await put('cache/bodies/b-/b-orphan', 'an edited list page');
		const old = new Date(Date.now() - (UNUSED_DAYS + 1) * 24 * 3600 * 1000);
		await utimes(join(cache, 'records/ab/old.json'), old, old);
		expect(pruneCache(cache)).toBe(3);
		const left = [
			'records/ab/old.json',
			'records/ab/used.json',
			'bodies/b-/b-old',
			'bodies/b-/b-used',
			'bodies/b-/b-orphan'
		].filter((f) => existsSync(join(cache, f)));
		expect(left).toEqual(['records/ab/used.json', 'bodies/b-/b-used']);
		// Once a day: reading every record is not free.
		await put('cache/bodies/b-/b-orphan', 'another');
		expect(pruneCache(cache)).toBe(0);
		expect(pruneCache(cache, Date.now() + 25 * 3600 * 1000)).toBe(1);
		expect(pruneCache(join(root, 'no-cache-yet'))).toBe(0);
	});
});
