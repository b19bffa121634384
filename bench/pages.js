// Measures what a reader loads and how fast the pages are, for the gallery, a chart page and an
// embed of the built site (build/, served by scripts/serve.js):
//  - the bytes Chromium loads, by type, raw and gzipped, against the JavaScript budgets (chart page
//    <= 40 KB gz, embed <= 5 KB gz), and whether the first chart ends within the first 14 KB of
//    gzipped HTML, the first round trip of a new connection (bytes.js);
//  - the layout shifts while loading on a phone-sized screen, with what moved (layout-shifts.js);
//  - Lighthouse (mobile defaults), the median of three runs, since two cores are noisy: the four
//    scores (target 100 each), FCP, LCP, TBT, CLS (target 0) and Speed Index, each beside the same
//    page with its web font removed (no-web-font.js), measured in the same run: LCP no later than
//    that variant's, and no more than 50 ms after FCP. Lighthouse loads the pages through a gzip
//    front (gzip-front.js), as static hosts compress text, so that its simulated slow network sees
//    the bytes a reader would.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.js';
import { TYPES, firstChartGzipped, inlined, measureBytes } from './bytes.js';
import { gzipFront } from './gzip-front.js';
import { measureShifts } from './layout-shifts.js';
import { CATEGORIES, printAudits, runLighthouse, summarise } from './lighthouse.js';
import { withoutWebFont } from './no-web-font.js';
import { pickPages } from './pick-pages.js';
import { CHROMIUM, KB, kb, mark, within } from './util.js';

const TARGETS = {
	/** Gzipped HTML up to the end of the first chart. */
	firstChart: 14 * KB,
	/** Gzipped JavaScript of a chart page and of an embed. */
	chartJs: 40 * KB,
	embedJs: 5 * KB,
	/** Every Lighthouse category. */
	score: 100,
	cls: 0,
	/** Largest paint after the first, ms. */
	lcpAfterFcp: 50
};
/** Lighthouse runs per page and variant; the bench reports their medians. */
const RUNS = 3;
/**
 * Two identical pages measured three times each on two shared cores still differ by a few percent:
 * LCP counts as no later than the variant's within this share of it.
 */
const NOISE = 0.05;
/** The site origin of a default build (DEREK_SITE_URL): serving there makes its absolute URLs real. */
const DEFAULT_PORT = 4173;

/**
 * Prints what a page loads, its layout shifts and where its first chart ends; false when a figure
 * misses its target.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {number | undefined} jsBudget
 */
async function printLoad(browser, url, jsBudget) {
	let ok = true;
	const { totals, html, files } = await within(
		measureBytes(browser, url),
		60_000,
		`loading ${url}`
	);
	const css = inlined(html, 'style');
	const script = inlined(html, 'script');
	let raw = 0;
	let gz = 0;
	for (const type of TYPES) {
		const t = /** @type {{ raw: number, gz: number, files: number }} */ (totals[type]);
		raw += t.raw;
		gz += t.gz;
		if (t.files === 0) continue;
		console.log(
			`    ${type.padEnd(6)} ${String(t.files).padStart(3)} files ${kb(t.raw).padStart(9)} / ${kb(t.gz).padStart(8)} gz`
		);
	}
	// Both are part of the HTML above: shown, not added again.
	for (const [label, t] of /** @type {const} */ ([
		['CSS', css],
		['JS', script]
	])) {
		if (t.raw === 0) continue;
		console.log(
			`    ${label.padEnd(6)}  inline  ${kb(t.raw).padStart(9)} / ${kb(t.gz).padStart(8)} gz (part of the HTML)`
		);
	}
	if (jsBudget !== undefined) {
		const js = /** @type {{ gz: number }} */ (totals.JS).gz + script.gz;
		const met = js <= jsBudget;
		ok &&= met;
		console.log(
			`    JS, fetched and inline: ${kb(js)} gz  ${mark(met)} (target ≤ ${kb(jsBudget)} gz)`
		);
		if (!met) {
			for (const file of files.filter((f) => f.type === 'JS').slice(0, 5)) {
				console.log(`      ${kb(file.gz).padStart(8)} gz  ${file.path}`);
			}
		}
	}
	console.log(`    total            ${kb(raw).padStart(9)} / ${kb(gz).padStart(8)} gz`);
	const { total: cls, shifts } = await within(
		measureShifts(browser, url),
		60_000,
		`loading ${url} on a phone-sized screen`
	);
	console.log(
		`    layout shift while loading at 412 px (Chromium, unthrottled): ${cls.toFixed(3)}${cls === 0 ? '' : ', from:'}`
	);
	for (const shift of shifts) {
		console.log(`      ${shift.value.toFixed(3)} at ${shift.at} ms`);
		for (const source of shift.sources) console.log(`        ${source}`);
	}
	const first = firstChartGzipped(html);
	if (!first) {
		console.log('    first chart: no svg[role="img"|"group"] in the HTML  ✗ misses target');
		return false;
	}
	const met = first.gz <= TARGETS.firstChart;
	console.log(
		`    first chart ends at ${kb(first.raw)} of HTML, ${kb(first.gz)} gzipped  ${mark(met)} (target within the first ${kb(TARGETS.firstChart)} gz)`
	);
	return ok && met;
}

/** @param {number} ms */
const msOrS = (ms) => (Number.isFinite(ms) ? `${Math.round(ms)} ms` : '–');

/**
 * Prints the medians of a page's Lighthouse runs beside those of its no-web-font variant; false
 * when a figure misses its target.
 * @param {ReturnType<typeof summarise>} page
 * @param {ReturnType<typeof summarise>} plain the same page without web font
 */
function printLighthouse(page, plain) {
	let ok = printAudits(page.report);
	console.log(`    ${''.padEnd(16)} ${'page'.padStart(9)} ${'no web font'.padStart(12)}`);
	for (const id of CATEGORIES) {
		const score = /** @type {number} */ (page.scores[id]);
		const met = score === TARGETS.score;
		ok &&= met;
		const title = page.report.categories[id]?.title ?? id;
		console.log(
			`    ${title.padEnd(16)} ${String(score).padStart(9)} ${String(plain.scores[id]).padStart(12)}  ${mark(met)} (target ${TARGETS.score})`
		);
	}
	const row = (/** @type {string} */ label, /** @type {string} */ a, /** @type {string} */ b) =>
		`    ${label.padEnd(16)} ${a.padStart(9)} ${b.padStart(12)}`;
	const { FCP: fcp = NaN, LCP: lcp = NaN } = page.paints;
	const plainLcp = plain.paints.LCP ?? NaN;
	for (const [label, value] of Object.entries(page.paints)) {
		let verdict = '';
		if (label === 'LCP') {
			const met = lcp <= plainLcp * (1 + NOISE);
			ok &&= met;
			verdict = `  ${mark(met)} (target ≤ no web font's, within ${NOISE * 100} %)`;
		}
		console.log(row(label, msOrS(value), msOrS(plain.paints[label] ?? NaN)) + verdict);
		if (label === 'LCP') {
			const met = page.gap <= TARGETS.lcpAfterFcp;
			ok &&= met;
			console.log(
				row('LCP − FCP', msOrS(page.gap), msOrS(plain.gap)) +
					`  ${mark(met)} (target ≤ ${TARGETS.lcpAfterFcp} ms; median of each run's gap)`
			);
		}
	}
	const clsMet = page.cls === TARGETS.cls;
	ok &&= clsMet;
	console.log(row('CLS', String(page.cls), String(plain.cls)) + `  ${mark(clsMet)} (target 0)`);
	if (Number.isFinite(fcp) && Number.isFinite(lcp)) return ok;
	console.log('    ✗ Lighthouse gave no FCP or LCP');
	return false;
}

/** Runs every page measurement; returns false when a figure misses its target or cannot be made. */
export async function benchPages() {
	console.log(
		'\nPages (what Chromium loads, raw / gzipped: text at gzip -9, fonts and images as they are; Lighthouse mobile):'
	);
	return measureSite(path.resolve('build'), async (base) => {
		const pages = await within(
			pickPages(base, { chartJs: TARGETS.chartJs, embedJs: TARGETS.embedJs }),
			60_000,
			'finding the pages to measure'
		);
		if (pages.length < 3) {
			console.log(
				`  ✗ found ${pages.map((p) => p.label).join(', ') || 'nothing'}: need a gallery ([data-chart-card]) and a chart page with an iframe snippet (pre[data-snippet="iframe"])`
			);
			return { pages, ok: false };
		}
		return { pages, ok: true };
	});
}

/**
 * Serves the built site in `dir` and measures the pages `choose` picks on it (their path, label
 * and JavaScript budget): loads, layout shifts, first chart, Lighthouse. False when a figure
 * misses its target or cannot be made.
 * @param {string} dir
 * @param {(base: string) => Promise<{ pages: { label: string, path: string, js?: number }[], ok: boolean }>} choose
 */
export async function measureSite(dir, choose) {
	if (!existsSync(path.join(dir, 'index.html'))) {
		console.log(`  ✗ ${dir}/index.html does not exist: build it first`);
		return false;
	}
	const server = await startServer({ dir, port: 0 });
	/** @type {(() => Promise<void>)[]} */
	const cleanup = [() => server.close()];
	/** @type {import('playwright-core').Browser | undefined} */
	let browser;
	let ok = true;
	try {
		const base = server.url;
		const chosen = await choose(base);
		const pages = chosen.pages;
		ok = chosen.ok;
		browser = await within(
			chromium.launch({
				executablePath: CHROMIUM,
				headless: true,
				args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
			}),
			30_000,
			'starting Chromium'
		);
		for (const page of pages) {
			console.log(`\n  ${page.label} ${page.path}`);
			ok = (await printLoad(browser, new URL(page.path, base).href, page.js)) && ok;
		}
		await browser.close();
		browser = undefined;

		const plain = await withoutWebFont(dir);
		cleanup.push(plain.remove);
		const { faces, preloads, files } = plain.removed;
		console.log(
			`\n  No-web-font variant: the same build less ${faces} @font-face rules, ${preloads} font preloads and ${files} font files`
		);
		const plainServer = await startServer({ dir: plain.dir, port: 0 });
		cleanup.push(() => plainServer.close());
		// On the build's default site origin when that port is free, so its absolute URLs are real.
		const front = await gzipFront(base, DEFAULT_PORT).catch(() => gzipFront(base, 0));
		cleanup.push(front.close);
		const plainFront = await gzipFront(plainServer.url, 0);
		cleanup.push(plainFront.close);
		for (const page of pages) {
			console.log(
				`\n  Lighthouse: ${page.label} ${page.path} (median of ${RUNS} runs, each beside one without web font)`
			);
			try {
				/** @type {import('lighthouse').Result[]} */
				const runs = [];
				/** @type {import('lighthouse').Result[]} */
				const plainRuns = [];
				// Interleaved, so that a busy moment of the machine falls on both alike.
				for (let i = 0; i < RUNS; i++) {
					runs.push(await runLighthouse(new URL(page.path, front.url).href));
					plainRuns.push(await runLighthouse(new URL(page.path, plainFront.url).href));
				}
				ok = printLighthouse(summarise(runs), summarise(plainRuns)) && ok;
			} catch (error) {
				console.log(`    ✗ ${/** @type {Error} */ (error).message}`);
				ok = false;
			}
		}
	} catch (error) {
		console.log(`  ✗ ${/** @type {Error} */ (error).stack ?? error}`);
		ok = false;
	} finally {
		await browser?.close().catch(() => undefined);
		for (const step of cleanup.reverse()) await step().catch(() => undefined);
	}
	return ok;
}
