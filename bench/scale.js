// Builds at scale: `npm run bench -- scale` builds synthetic data folders of 1 and 10 articles
// (bench/synthetic-library.js, 7 charts each) with `npm run build` and prints, for each, the build
// time, the time per chart, the peak memory of the whole build process tree, and the pages, files
// and bytes written; DEREK_BENCH_ARTICLES=1,10,100 adds the 100-article folder, and then the
// rebuild after adding one article to it. Each figure is printed beside its target.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeLibrary } from './synthetic-library.js';
import { mark } from './util.js';

const CHARTS_PER_ARTICLE = 7;
const GB = 1024 ** 3;
const PAGE = 4096;

/** Resident memory of a process and all its descendants, in bytes, from /proc. */
function treeRss(root) {
	const children = new Map();
	const rss = new Map();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			// The command name may hold spaces and parentheses: fields start after the last ")".
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			const ppid = Number(fields[1]);
			rss.set(Number(name), Number(fields[21]) * PAGE);
			children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
		} catch {
			// The process ended while we read it.
		}
	}
	let total = 0;
	const todo = [root];
	while (todo.length) {
		const pid = /** @type {number} */ (todo.pop());
		total += rss.get(pid) ?? 0;
		todo.push(...(children.get(pid) ?? []));
	}
	return total;
}

/** Runs `npm run build` on a data folder into `out`; its time and peak tree memory. */
function build(data, out) {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn('npm', ['run', 'build'], {
			env: { ...process.env, DEREK_DATA: data, DEREK_OUT: out },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let log = '';
		child.stdout.on('data', (d) => (log = (log + d).slice(-20_000)));
		child.stderr.on('data', (d) => (log = (log + d).slice(-20_000)));
		let peak = 0;
		const sample = setInterval(() => (peak = Math.max(peak, treeRss(child.pid ?? 0))), 200);
		child.on('close', (code) => {
			clearInterval(sample);
			if (code !== 0) reject(new Error(`build of ${data} failed:\n${log}`));
			else resolve({ seconds: (performance.now() - started) / 1000, peak });
		});
	});
}

/** The pages (HTML files), files and bytes of a built folder. */
function tally(dir) {
	let pages = 0;
	let files = 0;
	let bytes = 0;
	const walk = (d) => {
		for (const e of readdirSync(d, { withFileTypes: true })) {
			const p = join(d, e.name);
			if (e.isDirectory()) walk(p);
			else {
				files++;
				bytes += statSync(p).size;
				if (e.name.endsWith('.html')) pages++;
			}
		}
	};
	walk(dir);
	return { pages, files, bytes };
}

const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

export async function benchScale() {
	const sizes = (process.env.DEREK_BENCH_ARTICLES ?? '1,10').split(',').map(Number);
	const root = join(tmpdir(), 'derek-bench-scale');
	console.log(`\nBuilds at scale (npm run build on synthetic folders; 2 shared cores, noisy)`);
	let ok = true;
	/** @type {Map<number, number>} */
	const perChart = new Map();
	for (const n of sizes) {
		const data = join(root, `data-${n}`);
		const out = join(root, `build-${n}`);
		rmSync(out, { recursive: true, force: true });
		writeLibrary(n, data);
		const before = load();
		const { seconds, peak } = await build(data, out);
		const { pages, files, bytes } = tally(out);
		const charts = n * CHARTS_PER_ARTICLE;
		perChart.set(n, seconds / charts);
		const memOk = peak < 3 * GB;
		const timeOk = n !== 100 || seconds <= 600;
		ok &&= memOk && timeOk;
		console.log(
			`${String(n).padStart(3)} articles (${charts} charts): ${seconds.toFixed(1)} s` +
				`${n === 100 ? ` (target ≤ 600 s ${mark(timeOk)})` : ''}, ${(seconds / charts).toFixed(2)} s per chart, ` +
				`peak ${(peak / GB).toFixed(2)} GB (target < 3 GB ${mark(memOk)}), ${pages} pages, ${files} files, ` +
				`${(bytes / 1024 ** 2).toFixed(1)} MB; load average ${before} before`
		);
	}
	const at10 = perChart.get(10);
	const at100 = perChart.get(100);
	if (at10 && at100) {
		const ratio = at100 / at10;
		ok &&= ratio <= 1.2;
		console.log(
			`time per chart, 100 vs 10 articles: ${ratio.toFixed(2)}× (target ≤ 1.2× ${mark(ratio <= 1.2)})`
		);
		const data = join(root, 'data-100');
		writeLibrary(101, data);
		const { seconds } = await build(data, join(root, 'build-100'));
		ok &&= seconds <= 60;
		console.log(
			`adding one article to 100 and building again: ${seconds.toFixed(1)} s (target ≤ 60 s ${mark(seconds <= 60)}); load average ${load()}`
		);
	}
	return ok;
}
