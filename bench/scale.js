// Builds at scale: `npm run bench -- scale` builds synthetic data folders of 1 and 10 articles
// (bench/synthetic-library.js, 7 charts each) with `npm run build` and prints, for each, the build
// time, the time per chart, the peak memory of the whole build process tree, and the pages, files
// and bytes written; DEREK_BENCH_ARTICLES=1,10,100 adds the 100-article folder, then the rebuild
// after adding one article to it (with the build cache the clean build filled), compared file by
// file with a clean build of the 101 articles. Each figure is printed beside its target.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
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

/**
 * Runs `npm run build` on a data folder into `out` with its build cache in `cache` (or none); its
 * time, peak tree memory, and what the cache served and made.
 */
function build(data, out, cache) {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn('npm', ['run', 'build'], {
			env: {
				...process.env,
				DEREK_DATA: data,
				DEREK_OUT: out,
				...(cache ? { DEREK_CACHE_DIR: cache } : { DEREK_CACHE: 'off' })
			},
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let log = '';
		child.stdout.on('data', (d) => (log = (log + d).slice(-20_000)));
		child.stderr.on('data', (d) => (log = (log + d).slice(-20_000)));
		let peak = 0;
		const sample = setInterval(() => (peak = Math.max(peak, treeRss(child.pid ?? 0))), 200);
		child.on('close', (code) => {
			clearInterval(sample);
			if (code !== 0) return reject(new Error(`build of ${data} failed:\n${log}`));
			const last = cache && JSON.parse(readFileSync(join(cache, 'last-build.json'), 'utf8'));
			resolve({ seconds: (performance.now() - started) / 1000, peak, cached: last });
		});
	});
}

/** The paths under `a` whose bytes differ from, or are missing in, `b` (and the other way). */
function differences(a, b) {
	const files = (dir) =>
		readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile())
			.map((e) => relative(dir, join(e.parentPath, e.name)));
	const inA = new Set(files(a));
	const inB = new Set(files(b));
	const differ = [...inA].filter(
		(f) => !inB.has(f) || !readFileSync(join(a, f)).equals(readFileSync(join(b, f)))
	);
	return [...differ, ...[...inB].filter((f) => !inA.has(f))];
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
	const times = new Map();
	for (const n of sizes) {
		const data = join(root, `data-${n}`);
		const out = join(root, `build-${n}`);
		const cache = join(root, `cache-${n}`);
		rmSync(out, { recursive: true, force: true });
		// A clean build: no cache to start from, as on a fresh clone. It fills one for the rebuild.
		rmSync(cache, { recursive: true, force: true });
		writeLibrary(n, data);
		const before = load();
		const { seconds, peak } = await build(data, out, cache);
		const { pages, files, bytes } = tally(out);
		const charts = n * CHARTS_PER_ARTICLE;
		times.set(n, seconds);
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
	const [t1, t10, t100] = [1, 10, 100].map((n) => times.get(n));
	if (t10 && t100) {
		const ratio = t100 / 100 / (t10 / 10);
		ok &&= ratio <= 1.2;
		console.log(
			`time per chart, 100 vs 10 articles: ${ratio.toFixed(2)}× (target ≤ 1.2× ${mark(ratio <= 1.2)})`
		);
		if (t1) {
			// Without the build's fixed cost (bundling, the site's own pages), what one more chart adds.
			const marginal = (t100 - t1) / 99 / ((t10 - t1) / 9);
			console.log(`  what one more chart adds, 100 vs 10 articles: ${marginal.toFixed(2)}×`);
		}
		const data = join(root, 'data-100');
		const out = join(root, 'build-100');
		writeLibrary(101, data);
		const { seconds, peak, cached } = await build(data, out, join(root, 'cache-100'));
		ok &&= seconds <= 60;
		console.log(
			`adding one article to 100 and building again: ${seconds.toFixed(1)} s (target ≤ 60 s ${mark(seconds <= 60)}), ` +
				`peak ${(peak / GB).toFixed(2)} GB; ${cached.served} pages and files from the cache, ` +
				`${cached.made.length} made; load average ${load()}`
		);
		const clean = join(root, 'build-101-clean');
		rmSync(clean, { recursive: true, force: true });
		await build(data, clean, undefined);
		const differ = differences(out, clean);
		ok &&= differ.length === 0;
		console.log(
			`  the rebuild against a clean build of the 101 articles without the cache: ` +
				`${differ.length === 0 ? 'byte-identical ✓' : `${differ.length} files differ ✗, ${differ.slice(0, 5).join(', ')}`}`
		);
	}
	return ok;
}
