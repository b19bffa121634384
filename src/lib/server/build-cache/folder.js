// Where the build cache lives, how a build tells what it served and made, and how the cache is
// kept from growing without end. Plain JavaScript: svelte.config.js reads it when a build has
// written the site.
import {
	existsSync,
	mkdirSync,
	openSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
	writeFileSync,
	writeSync
} from 'node:fs';
import { join } from 'node:path';

/** The cache folder: DEREK_CACHE_DIR, or node_modules/.cache/derek-build (npm ci starts it afresh). */
export const CACHE_FOLDER = process.env.DEREK_CACHE_DIR || 'node_modules/.cache/derek-build';

/** A build with DEREK_CACHE=off neither reads nor writes the cache. */
export const cacheOn = () => process.env.DEREK_CACHE !== 'off';

/**
 * Records no build has used for this many days go, and then the bodies no record names. A
 * newsroom's daily build uses every record of its site, so what goes is what the site no longer
 * has: an article edited or removed, a list page before the newest article, code that changed.
 */
export const UNUSED_DAYS = 14;
const DAY = 24 * 3600 * 1000;

/** Every file under `dir`, or none if there is no such folder. */
export function filesUnder(/** @type {string} */ dir) {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => join(e.parentPath, e.name));
}

/**
 * Deletes the records unused for UNUSED_DAYS, then the bodies no record names; how many files it
 * deleted. Reading every record takes a second or two at a hundred articles, so a cache is
 * pruned at most once a day (the time is kept in pruned-at).
 */
export function pruneCache(folder = CACHE_FOLDER, now = Date.now()) {
	const mark = join(folder, 'pruned-at');
	if (!existsSync(folder) || (existsSync(mark) && statSync(mark).mtimeMs > now - DAY)) return 0;
	let deleted = 0;
	/** @type {Set<string>} */
	const named = new Set();
	for (const file of filesUnder(join(folder, 'records'))) {
		if (statSync(file).mtimeMs < now - UNUSED_DAYS * DAY || file.endsWith('.part')) {
			rmSync(file);
			deleted++;
		} else {
			named.add(JSON.parse(readFileSync(file, 'utf8')).body);
		}
	}
	for (const file of filesUnder(join(folder, 'bodies'))) {
		const name = file.slice(file.lastIndexOf('/') + 1);
		if (!named.has(name)) {
			rmSync(file);
			deleted++;
		}
	}
	writeFileSync(mark, '');
	return deleted;
}

/**
 * The prerender runs on a worker thread of the build's process: what it served from the cache and
 * made is told line by line to a file named by the process, which the build reads at its end.
 */
const tellFile = (folder = CACHE_FOLDER) => join(folder, `build-${process.pid}.log`);

/** @type {number | undefined} */
let told;

/**
 * Tells the build a path was served from the cache or made. Written at once: the worker ends
 * when the prerender does, with nothing flushed after.
 */
export function tellBuild(/** @type {'served' | 'made'} */ how, /** @type {string} */ path) {
	if (told === undefined) {
		mkdirSync(CACHE_FOLDER, { recursive: true });
		// Afresh: a build that failed before its end left its lines, and a pid comes round again.
		told = openSync(tellFile(), 'w');
	}
	writeSync(told, `${how} ${path}\n`);
}

/**
 * What this build's prerender served from the cache and made, kept in last-build.json (the
 * incremental-build test and the scale bench read which paths were made); and a line for the log.
 */
export function sumUpBuild(folder = CACHE_FOLDER) {
	const file = tellFile(folder);
	if (!existsSync(file)) return undefined;
	const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
	rmSync(file);
	const made = lines
		.filter((l) => l.startsWith('made '))
		.map((l) => l.slice(5))
		.sort();
	const served = lines.length - made.length;
	writeFileSync(join(folder, 'last-build.json'), JSON.stringify({ served, made }, null, '\t'));
	return `derek's build cache: ${served} of ${lines.length} pages and files served from ${folder}, ${made.length} made`;
}
