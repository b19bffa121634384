// A digest of everything besides the data that goes into the built site: the compiled app (the
// server code that renders every page and file, and the client assets pages name by their
// hashes), static/ (whose scripts pages inline), the packages installed (the server code imports
// them from node_modules) and the fonts exports are drawn with. Any change to one of them is a
// new digest, so the build cache serves nothing made by other code.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { TTF_FILES } from '$lib/text/build-metrics.js';
import { filesUnder } from './folder.js';

/** The compiled app, as `vite build` leaves it for the prerender (SvelteKit's outDir). */
const COMPILED = ['.svelte-kit/output/server', '.svelte-kit/output/client'];

/** What the compiled app reads at run time besides the data folder, from the project's root. */
const READ = [
	'static',
	'package-lock.json',
	'node_modules/.package-lock.json',
	...Object.values(TTF_FILES)
];

/** Every file under `path` (or `path` itself), sorted, so the digest does not hang on disk order. */
function filesOf(path: string): string[] {
	if (!existsSync(path)) return [];
	return statSync(path).isDirectory() ? filesUnder(path).sort() : [path];
}

/** The digest of the code the build runs, read from the project's root (where builds run). */
export function codeDigest(root = '.'): string {
	const compiled = COMPILED.map((dir) => join(root, dir));
	const missing = compiled.find((dir) => !existsSync(dir));
	if (missing) throw new Error(`derek's build cache: ${missing} is missing; is this a build?`);
	const hash = createHash('sha256');
	for (const file of [...compiled, ...READ.map((p) => join(root, p))].flatMap(filesOf)) {
		hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
	}
	return hash.digest('hex');
}
