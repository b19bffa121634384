// `node bench/lcp-trace.js [runs] [path]`: why a page's largest paint comes after its first. Runs
// Lighthouse (mobile, as the pages bench) on the built site and prints, per run, the simulated
// FCP and LCP, and from the observed trace the LCP candidates (what node, its size, when), the
// first paint, and the parser and layout tasks of the main thread between navigation and LCP.
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startServer } from '../scripts/serve.js';
import { gzipFront } from './gzip-front.js';
import { CHROMIUM } from './util.js';

const runs = Number(process.argv[2] ?? 3);
const page = process.argv[3] ?? '/en/charts/japan-investment';
const server = await startServer({ dir: path.resolve('build'), port: 0 });
const front = await gzipFront(server.url, 4173).catch(() => gzipFront(server.url, 0));

/** @param {any[]} events @param {string} name */
const named = (events, name) => events.filter((e) => e.name === name);

for (let i = 0; i < runs; i++) {
	const chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM,
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']
	});
	try {
		const result = await lighthouse(new URL(page, front.url).href, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance']
		});
		if (!result) throw new Error('no result');
		const { lhr, artifacts } = result;
		const value = (/** @type {string} */ id) => Math.round(lhr.audits[id]?.numericValue ?? NaN);
		const events = /** @type {any} */ (artifacts).Trace.traceEvents;
		const nav = named(events, 'navigationStart').find((e) => e.args?.data?.isLoadingMainFrame);
		const t = (/** @type {any} */ e) => ((e.ts - nav.ts) / 1000).toFixed(1);
		const fcp = named(events, 'firstContentfulPaint')[0];
		const lcps = named(events, 'largestContentfulPaint::Candidate');
		const last = lcps.at(-1);
		console.log(
			`run ${i + 1}: simulated FCP ${value('first-contentful-paint')} LCP ${value('largest-contentful-paint')} ms; observed FCP ${fcp ? t(fcp) : '-'} ms`
		);
		for (const c of lcps) {
			const d = c.args.data;
			console.log(`  LCP candidate at ${t(c)} ms: ${d.type} node ${d.nodeId} size ${d.size}`);
		}
		const main = events.filter(
			(/** @type {any} */ e) =>
				['ParseHTML', 'Layout', 'Paint', 'UpdateLayoutTree', 'PrePaint'].includes(e.name) &&
				e.ph === 'X' &&
				e.ts >= nav.ts &&
				e.ts <= (last?.ts ?? nav.ts) + 1000
		);
		for (const e of main) {
			const extra =
				e.name === 'ParseHTML'
					? ` lines ${e.args?.beginData?.startLine}-${e.args?.endData?.endLine}`
					: '';
			console.log(`  ${t(e)} ms ${e.name} ${(e.dur / 1000).toFixed(1)} ms${extra}`);
		}
	} finally {
		chrome.kill();
	}
}
await front.close();
server.close();
