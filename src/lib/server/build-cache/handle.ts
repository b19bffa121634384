// The build cache, as a hook before every other: while the site is prerendered, a response is
// served from the cache when the code, site.json, the site's address and every article it read
// are what they were when it was made; otherwise it is made and kept. Adding an article to a
// built folder makes its own pages and files and every page that lists the articles; the rest
// come from the cache, and the site is the one a clean build writes (incremental-build test).
import { createHash } from 'node:crypto';
import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { DIGESTS } from '../library';
import { SITE_URL } from '../site';
import { codeDigest } from './code-digest';
import { CACHE_FOLDER, cacheOn, tellBuild } from './folder.js';
import { recordingReads } from './reads';
import { BuildCache } from './store';

/** Bumped when what a record holds changes shape, so an older cache is never misread. */
const RECORD_VERSION = 1;

let opened: BuildCache | undefined;

function cache(): BuildCache {
	if (opened) return opened;
	const key = createHash('sha256')
		.update(`${RECORD_VERSION}\0${codeDigest()}\0${DIGESTS.site}\0${SITE_URL}`)
		.digest('hex');
	return (opened = new BuildCache(CACHE_FOLDER, key, DIGESTS));
}

export const buildCache: Handle = async ({ event, resolve }) => {
	if (!building || !cacheOn()) return resolve(event);
	const store = cache();
	const path = event.url.pathname;
	const kept = await store.lookup(path);
	tellBuild(kept ? 'served' : 'made', path);
	if (kept) return kept;
	const { value, reads } = await recordingReads(async () => {
		const response = await resolve(event);
		return { response, body: new Uint8Array(await response.arrayBuffer()) };
	});
	const { response, body } = value;
	// Errors and redirects are made again each time: a build fails on an error anyway.
	if (response.status === 200) await store.keep(path, response, body, reads);
	return new Response(body, { status: response.status, headers: response.headers });
};
