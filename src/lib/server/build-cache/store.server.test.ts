// The build cache's records: a response comes back, bytes, status and headers, while what it read
// is unchanged, and never once the code, an article it read or the list of articles changed.
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Reads } from './reads';
import { BuildCache, type Digests } from './store';

const folder = await mkdtemp(join(tmpdir(), 'derek-cache-'));
afterAll(() => rm(folder, { recursive: true, force: true }));

const digests = (
	articles: Record<string, string>,
	all = Object.values(articles).join()
): Digests => ({
	articles: new Map(Object.entries(articles)),
	all
});
const reading = (slugs: string[], all = false) => {
	const reads = new Reads();
	for (const slug of slugs) reads.slugs.add(slug);
	reads.all = all;
	return reads;
};
const png = new Uint8Array([137, 80, 78, 71, 1, 2, 3]);
const response = () => new Response(png, { headers: { 'content-type': 'image/png' } });
const NOW = { a: 'a1', b: 'b1' };

async function kept(path: string, reads: Reads) {
	const cache = new BuildCache(folder, 'code-1', digests(NOW));
	await cache.keep(path, response(), png, reads);
	return cache;
}

describe('the build cache', () => {
	it('gives back the response kept, bytes, status and headers', async () => {
		await kept('/en/a.png', reading(['a']));
		const back = await new BuildCache(folder, 'code-1', digests(NOW)).lookup('/en/a.png');
		expect(back?.status).toBe(200);
		expect(back?.headers.get('content-type')).toBe('image/png');
		expect(new Uint8Array(await back!.arrayBuffer())).toEqual(png);
	});

	it('keeps it while only articles it did not read change', async () => {
		await kept('/en/a-only.png', reading(['a']));
		const later = new BuildCache(folder, 'code-1', digests({ ...NOW, b: 'b2', c: 'c1' }));
		expect(await later.lookup('/en/a-only.png')).toBeDefined();
	});

	it('makes it again when an article it read changed or went', async () => {
		await kept('/en/a-read.png', reading(['a']));
		expect(
			await new BuildCache(folder, 'code-1', digests({ ...NOW, a: 'a2' })).lookup('/en/a-read.png')
		).toBeUndefined();
		expect(
			await new BuildCache(folder, 'code-1', digests({ b: 'b1' })).lookup('/en/a-read.png')
		).toBeUndefined();
	});

	it('makes it again when an article it looked for and did not find is there', async () => {
		await kept('/en/missing.png', reading(['z']));
		expect(
			await new BuildCache(folder, 'code-1', digests({ ...NOW, z: 'z1' })).lookup('/en/missing.png')
		).toBeUndefined();
	});

	it('makes a list again when any article changed, came or went', async () => {
		await kept('/en/list', reading([], true));
		expect(await new BuildCache(folder, 'code-1', digests(NOW)).lookup('/en/list')).toBeDefined();
		const added = digests({ ...NOW, c: 'c1' });
		expect(await new BuildCache(folder, 'code-1', added).lookup('/en/list')).toBeUndefined();
	});

	it('makes everything again under other code, site.json or site address (another key)', async () => {
		await kept('/en/keyed.png', reading(['a']));
		expect(
			await new BuildCache(folder, 'code-2', digests(NOW)).lookup('/en/keyed.png')
		).toBeUndefined();
	});

	it('makes it again when its kept body was damaged', async () => {
		await kept('/en/damaged.png', reading(['a']));
		const bodies = join(folder, 'bodies');
		for (const dir of await readdir(bodies)) {
			for (const name of await readdir(join(bodies, dir))) {
				await writeFile(join(bodies, dir, name), 'truncated');
			}
		}
		expect(
			await new BuildCache(folder, 'code-1', digests(NOW)).lookup('/en/damaged.png')
		).toBeUndefined();
	});
});
