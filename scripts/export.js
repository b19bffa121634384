// Writes every chart's exported files (SVG, PNG, PDF, CSV, JSON) into a folder, for report pipelines:
//   npm run export -- <folder>
// Each article's files go into a folder of its own, named by its slug (chart ids are unique only
// within their article).
// The files are made by the same code as the site's build, loaded through Vite.
import { existsSync, statSync } from 'node:fs';
import { mkdir, writeFile, access, constants } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { withModule } from './load-module.js';

/** @param {string} message */
function fail(message) {
	console.error(`derek export: ${message}`);
	process.exit(1);
}

/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const target = process.argv[2];
if (!target) {
	console.error('usage: npm run export -- <folder>');
	process.exit(2);
}
const folder = resolve(target);
/**
 * Creates the folder one level at a time: Node's recursive mkdir never returns on some virtual
 * file systems (/proc), where a plain mkdir fails at once.
 * @param {string} dir
 */
async function makeFolder(dir) {
	const parent = dirname(dir);
	if (parent !== dir && !existsSync(parent)) await makeFolder(parent);
	await mkdir(dir).catch((/** @type {NodeJS.ErrnoException} */ e) => {
		if (e.code !== 'EEXIST' || !statSync(dir).isDirectory()) throw e;
	});
}

try {
	await makeFolder(folder);
	await access(folder, constants.W_OK);
} catch (e) {
	const err = /** @type {NodeJS.ErrnoException} */ (e);
	const why =
		err.code === 'EACCES' || err.code === 'EPERM'
			? 'permission denied'
			: err.code === 'EEXIST' || err.code === 'ENOTDIR'
				? 'a file is in the way of the folder'
				: err.code === 'ENOENT' || err.code === 'EROFS'
					? 'no folder can be created there'
					: err.message;
	fail(`cannot write to ${folder}: ${why}`);
}

const started = performance.now();
let making = 0;
/** @type {NodeJS.CpuUsage | undefined} */
let cpu;
let count = 0;
await withModule('/src/lib/export/all.ts', async ({ exportAll }) => {
	making = performance.now();
	cpu = process.cpuUsage();
	for await (const { article, chart, files } of exportAll()) {
		const sizes = [];
		const into = join(folder, article);
		await makeFolder(into).catch((/** @type {Error} */ e) =>
			fail(`cannot write to ${into}: ${e.message}`)
		);
		for (const file of files) {
			const path = join(into, file.name);
			try {
				await writeFile(path, file.body);
			} catch (e) {
				fail(`cannot write ${path}: ${/** @type {Error} */ (e).message}`);
			}
			const bytes = typeof file.body === 'string' ? Buffer.byteLength(file.body) : file.body.length;
			sizes.push(`${file.name.split('.').pop()} ${kb(bytes)}`);
			count++;
		}
		console.log(`✓ ${article}/${chart}: ${sizes.join(' · ')}`);
	}
	making = performance.now() - making;
	cpu = process.cpuUsage(cpu);
});
/** @param {number} ms */
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const total = performance.now() - started;
// Processor time counts every thread: the PNGs are drawn and compressed on libuv's thread pool.
const processor = cpu ? (cpu.user + cpu.system) / 1000 : 0;
// bench/export.js reads the times from this line.
console.log(
	`derek export: ${count} files in ${folder} (${seconds(total)}: ${seconds(total - making)} loading the code, ${seconds(making)} making the files, ${seconds(processor)} of processor time)`
);
