// Where the build cache lives, and how it is kept from growing without end. Plain JavaScript:
// svelte.config.js prunes it when a build has written the site.
import {
	existsSync,
	mkdirSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The cache folder: DEREK_CACHE_DIR, or node_modules/.cache/derek-build (npm ci starts it afresh). */
export const CACHE_FOLDER = process.env.DEREK_CACHE_DIR || 'node_modules/.cache/derek-build';

/** A build with DEREK_CACHE=off neither reads nor writes the cache. */
export const cacheOn = () => process.env.DEREK_CACHE !== 'off';

/**
 * Files no build has read or written for this many days. A newsroom's daily build touches every
 * file of its site, so what goes is what the site no longer has (an article edited or removed,
 * or code that changed).
 */
export const UNUSED_DAYS = 14;

/** Deletes the cache's files no build has used for UNUSED_DAYS; how many it deleted. */
export function pruneCache(folder = CACHE_FOLDER, now = Date.now()) {
	const before = now - UNUSED_DAYS * 24 * 3600 * 1000;
	let deleted = 0;
	/** @param {string} dir */
	const walk = (dir) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (statSync(path).mtimeMs < before) {
				rmSync(path, { force: true });
				deleted++;
			}
		}
	};
	try {
		walk(folder);
	} catch (e) {
		if (/** @type {NodeJS.ErrnoException} */ (e).code !== 'ENOENT') throw e;
	}
	return deleted;
}

/**
 * The prerender runs on a worker thread of the build's process: what it served from the cache and
 * made is told line by line to a file named by the process, which the build reads at its end.
 */
const tellFile = (folder = CACHE_FOLDER) => join(folder, `build-${process.pid}.log`);

/** Tells the build a path was served from the cache or made. Each line is one append. */
export async function tellBuild(/** @type {'served' | 'made'} */ how, /** @type {string} */ path) {
	mkdirSync(CACHE_FOLDER, { recursive: true });
	await appendFile(tellFile(), `${how} ${path}\n`);
}

/**
 * What this build's prerender served from the cache and made, kept in last-build.json (the
 * incremental-build test and the scale bench read which paths were made); and a line for the log.
 */
export function sumUpBuild(folder = CACHE_FOLDER) {
	const file = tellFile(folder);
	if (!existsSync(file)) return undefined;
	const lines = readFileSync(file, 'utf8').trim().split('\n');
	rmSync(file);
	const made = lines
		.filter((l) => l.startsWith('made '))
		.map((l) => l.slice(5))
		.sort();
	const served = lines.length - made.length;
	writeFileSync(join(folder, 'last-build.json'), JSON.stringify({ served, made }, null, '\t'));
	return `derek's build cache: ${served} of ${lines.length} pages and files served from ${folder}, ${made.length} made`;
}
