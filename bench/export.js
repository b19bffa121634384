// Measures the export as a report pipeline meets it: `npm run export` into an empty folder, each
// time in a fresh process, against the targets (every file of every chart made in under 10 s on
// a 2-core machine; SVG < 40 KB; 2x PNG < 250 KB; PDF < 60 KB). The command prints how long it
// spent loading the code through Vite and making the files; the target is for making the files.
// Other jobs on two shared cores slow it down: the load average is printed beside the figures.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { kb, KB, mark } from './util.js';

const TARGETS = { seconds: 10, svg: 40 * KB, png: 250 * KB, pdf: 60 * KB };
/** Fresh runs of the command; the bench reports their medians. */
const RUNS = 3;
const SUMMARY =
	/^derek export: (\d+) files in .* \(([\d.]+) s: ([\d.]+) s loading the code, ([\d.]+) s making the files, ([\d.]+) s of processor time\)$/m;

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
/** @param {number} n */
const s = (n) => `${n.toFixed(1)} s`;

/** Runs the export once into a new folder; returns its times and the files' sizes. */
async function exportOnce() {
	const folder = await mkdtemp(join(tmpdir(), 'derek-bench-export-'));
	try {
		const load = loadavg()[0] ?? NaN;
		const { stdout } = await promisify(execFile)(process.execPath, ['scripts/export.js', folder]);
		const m = SUMMARY.exec(stdout);
		if (!m) throw new Error(`npm run export printed no summary line:\n${stdout}`);
		const [files, total, loading, making, processor] = m.slice(1).map(Number);
		// One folder per article, each holding its files.
		const names = (await readdir(folder, { recursive: true }))
			.filter((n) => /\.\w+$/.test(n))
			.sort();
		const sizes = await Promise.all(
			names.map(async (name) => ({ name, bytes: (await stat(join(folder, name))).size }))
		);
		return { files, total, loading, making, processor, load, sizes };
	} finally {
		await rm(folder, { recursive: true, force: true });
	}
}

export async function benchExport() {
	const runs = [];
	for (let i = 0; i < RUNS; i++) runs.push(await exportOnce());
	const pick = (/** @type {'total' | 'loading' | 'making' | 'processor' | 'load'} */ key) =>
		median(runs.map((r) => /** @type {number} */ (r[key])));
	const making = pick('making');
	let ok = making < TARGETS.seconds;
	const { files = 0, sizes = [] } = runs[0] ?? {};
	console.log(
		`\nExport (npm run export, ${files} files, median of ${RUNS} fresh runs; load average ${runs.map((r) => r.load.toFixed(1)).join(' / ')} at their start):`
	);
	console.log(
		`  every file of every chart made in ${s(making)} ${mark(ok)} (target < ${TARGETS.seconds} s; runs: ${runs.map((r) => s(r.making)).join(', ')})`
	);
	console.log(
		`  processor time making them ${s(pick('processor'))} (main thread and thread pool); the whole command ${s(pick('total'))}, of which ${s(pick('loading'))} loading the code through Vite`
	);
	for (const ext of ['svg', 'png', 'pdf']) {
		const of = sizes.filter((f) => f.name.endsWith(`.${ext}`)).map((f) => f.bytes);
		const limit = TARGETS[/** @type {'svg' | 'png' | 'pdf'} */ (ext)];
		const within = of.every((b) => b < limit);
		ok &&= within;
		console.log(
			`  ${ext.toUpperCase()}: ${of.length} files, ${kb(Math.min(...of))} to ${kb(Math.max(...of))} ${mark(within)} (target < ${kb(limit)} each)`
		);
	}
	for (const f of sizes) {
		const ext = f.name.split('.').pop();
		const limit = ext === 'svg' || ext === 'png' || ext === 'pdf' ? TARGETS[ext] : undefined;
		console.log(
			`  ${f.name.padEnd(44)} ${kb(f.bytes).padStart(9)}${limit ? ` ${mark(f.bytes < limit)}` : ''}`
		);
	}
	return ok;
}
