// Measures what a reader loads and how fast the pages are, for the gallery, a chart page and an
// embed of the built site (build/, served by scripts/serve.js):
//  - the bytes Chromium loads, by type, raw and gzipped (our server does not compress, so each
//    body is gzipped here at level 9), against the JavaScript budgets (chart page <= 40 KB gz,
//    embed <= 5 KB gz);
//  - whether the first chart (`svg[role="img"]`, up to its `</svg>`) ends within the first 14 KB
//    of gzipped HTML, the first round trip of a new connection;
//  - Lighthouse (mobile defaults): the performance, accessibility, best-practices and SEO scores
//    (target 100 each) and FCP, LCP, TBT, CLS (target 0) and Speed Index. Lighthouse loads the
//    pages through a small gzip front, as a static host (Netlify, Cloudflare Pages) compresses
//    text, so that its simulated slow network sees the bytes a reader would.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.js';

const CHROMIUM = '/usr/bin/chromium';
const KB = 1024;
const TARGETS = {
	/** Gzipped HTML up to the end of the first chart. */
	firstChart: 14 * KB,
	/** Gzipped JavaScript of a chart page and of an embed. */
	chartJs: 40 * KB,
	embedJs: 5 * KB,
	/** Every Lighthouse category. */
	score: 100,
	cls: 0
};
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const TYPES = /** @type {const} */ (['HTML', 'JS', 'CSS', 'font', 'image', 'other']);
/** Text types that static hosts compress. */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/;
/** The site origin of a default build (DEREK_SITE_URL): serving there makes its absolute URLs real. */
const DEFAULT_PORT = 4173;

/** @param {number} bytes */
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
/** @param {boolean} ok */
const mark = (ok) => (ok ? '✓' : '✗ misses target');

/**
 * Rejects when `promise` has not settled within `ms`, so that nothing here can hang the bench.
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {string} what
 * @returns {Promise<T>}
 */
function within(promise, ms, what) {
	/** @type {NodeJS.Timeout | undefined} */
	let timer;
	return Promise.race([
		promise,
		new Promise((_, reject) => {
			timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms / 1000} s`)), ms);
		})
	]).finally(() => clearTimeout(timer));
}

/**
 * @param {string} contentType
 * @param {string} url
 * @returns {typeof TYPES[number]}
 */
function typeOf(contentType, url) {
	const type = contentType.toLowerCase();
	if (type.startsWith('text/html')) return 'HTML';
	if (type.includes('javascript')) return 'JS';
	if (type.startsWith('text/css')) return 'CSS';
	if (type.startsWith('font/') || /\.(woff2?|ttf|otf)$/.test(new URL(url).pathname)) return 'font';
	if (type.startsWith('image/')) return 'image';
	return 'other';
}

/**
 * A page on the server, following `<meta http-equiv="refresh">` redirects (at most 3): its final
 * path and HTML, or null when it is not an HTML page that answers 2xx.
 * @param {string} base
 * @param {string} at
 * @returns {Promise<{ path: string, html: string } | null>}
 */
async function getPage(base, at) {
	let path = at;
	for (let hop = 0; hop < 4; hop++) {
		const response = await fetch(new URL(path, base), { signal: AbortSignal.timeout(10_000) });
		const type = response.headers.get('content-type') ?? '';
		if (!response.ok || !type.startsWith('text/html')) return null;
		const html = await response.text();
		const refresh = /<meta\b[^>]*http-equiv="refresh"[^>]*content="[^"]*url=([^"]+)"/i.exec(html);
		if (!refresh) return { path, html };
		path = new URL(/** @type {string} */ (refresh[1]), new URL(path, base)).pathname;
	}
	return null;
}

/**
 * The address of the embed in a chart page's iframe snippet, or null when it has none.
 * @param {string} page the chart page's HTML
 */
function embedPath(page) {
	const snippet = /<pre\b[^>]*data-snippet="iframe"[^>]*>([\s\S]*?)<\/pre>/.exec(page)?.[1];
	const src = snippet && /\bsrc="([^"]+)"/.exec(snippet)?.[1];
	return src ? new URL(src).pathname : null;
}

/**
 * The pages to measure, found rather than assumed, since URLs change (language prefixes): the
 * chart page is `/charts/japan-investment` (after any redirect) or else the first page reached
 * from `/` that shows an iframe snippet; the gallery is the page of chart cards
 * (`data-chart-card`) in the chart page's language folder, or else the first one found; the
 * embed is the chart's, from its snippet.
 * @param {string} base
 * @returns {Promise<{ label: string, path: string, js?: number }[]>}
 */
async function pickPages(base) {
	/** @type {{ path: string, html: string }[]} */
	const found = [];
	const seen = new Set(['/']);
	const queue = ['/charts/japan-investment', '/'];
	while (queue.length > 0 && found.length < 60) {
		const page = await getPage(base, /** @type {string} */ (queue.shift()));
		if (!page || found.some((p) => p.path === page.path)) continue;
		found.push(page);
		const chart = found.find((p) => embedPath(p.html));
		const galleries = found.filter((p) => p.html.includes('data-chart-card'));
		if (
			chart &&
			galleries.some((g) => chart.path.startsWith(g.path === '/' ? '/' : `${g.path}/`))
		) {
			break;
		}
		for (const [, href] of page.html.matchAll(/<a\b[^>]*\bhref="([^"#]+)[^"]*"/g)) {
			const url = new URL(/** @type {string} */ (href), new URL(page.path, base));
			if (url.origin !== new URL(base).origin || seen.has(url.pathname)) continue;
			if (/\.(svg|png|csv|json|js|css)$/.test(url.pathname)) continue;
			seen.add(url.pathname);
			queue.push(url.pathname);
		}
	}
	const chart = found.find((p) => embedPath(p.html));
	const galleries = found.filter((p) => p.html.includes('data-chart-card'));
	const gallery =
		galleries.find((g) => chart?.path.startsWith(g.path === '/' ? '/' : `${g.path}/`)) ??
		galleries[0];
	/** @type {{ label: string, path: string, js?: number }[]} */
	const pages = [];
	if (gallery) pages.push({ label: 'gallery', path: gallery.path });
	if (chart) pages.push({ label: 'chart page', path: chart.path, js: TARGETS.chartJs });
	const embed = chart && embedPath(chart.html);
	if (embed) pages.push({ label: 'embed', path: embed, js: TARGETS.embedJs });
	return pages;
}

/**
 * Where the first chart of a page ends in its gzipped HTML: the gzipped size of the HTML from its
 * start to the `</svg>` closing the first chart svg (`svg[role="img"]`, or `svg[role="group"]`
 * where the chart's facts are focusable), or null when there is no such svg.
 * @param {string} page
 */
function firstChartGzipped(page) {
	const open = /<svg\b[^>]*\brole="(?:img|group)"[^>]*>/.exec(page);
	if (!open) return null;
	const tags = /<svg\b|<\/svg\s*>/g;
	tags.lastIndex = open.index + open[0].length;
	let depth = 1;
	for (let m = tags.exec(page); m; m = tags.exec(page)) {
		depth += m[0].startsWith('</') ? -1 : 1;
		if (depth === 0) {
			const prefix = page.slice(0, m.index + m[0].length);
			return { raw: Buffer.byteLength(prefix), gz: gzipSync(prefix, { level: 9 }).length };
		}
	}
	return null;
}

/**
 * Loads a page in Chromium and adds up every response body by type, raw and gzipped.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 */
async function measureBytes(browser, url) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	context.setDefaultTimeout(20_000);
	/** @type {Record<string, { raw: number, gz: number, files: number }>} */
	const totals = Object.fromEntries(TYPES.map((t) => [t, { raw: 0, gz: 0, files: 0 }]));
	/** @type {Promise<void>[]} */
	const reading = [];
	let documentHTML = '';
	/** @type {{ path: string, gz: number }[]} */
	const scripts = [];
	try {
		const page = await context.newPage();
		page.on('response', (response) => {
			if (response.status() >= 300 && response.status() < 400) return;
			reading.push(
				response
					.body()
					.then((body) => {
						const type = typeOf(response.headers()['content-type'] ?? '', response.url());
						const total = /** @type {{ raw: number, gz: number, files: number }} */ (totals[type]);
						total.raw += body.length;
						// Hosts gzip text; fonts and images are sent as they are (already compressed).
						const text = COMPRESSIBLE.test(response.headers()['content-type'] ?? '');
						const gz = text ? gzipSync(body, { level: 9 }).length : body.length;
						total.gz += gz;
						total.files += 1;
						if (type === 'JS') scripts.push({ path: new URL(response.url()).pathname, gz });
						if (response.request().isNavigationRequest() && response.frame() === page.mainFrame()) {
							documentHTML = body.toString('utf8');
						}
					})
					.catch(() => undefined)
			);
		});
		await page.goto(url, { waitUntil: 'networkidle' });
		await page.evaluate(() => document.fonts.ready.then(() => undefined));
		await page.waitForLoadState('networkidle');
		await Promise.all(reading);
	} finally {
		await context.close();
	}
	return { totals, html: documentHTML, scripts: scripts.sort((a, b) => b.gz - a.gz) };
}

/**
 * The layout shifts while a page loads on a phone-sized screen (Lighthouse's moto g power:
 * 412 x 823 CSS px at 1.75x), with what moved: Lighthouse 12.2's own `layout-shifts` diagnostic
 * fails on recent Chromium traces, and CLS alone does not say what to fix.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @returns {Promise<{ total: number, shifts: { value: number, at: number, sources: string[] }[] }>}
 */
async function measureShifts(browser, url) {
	const context = await browser.newContext({
		viewport: { width: 412, height: 823 },
		deviceScaleFactor: 1.75,
		isMobile: true
	});
	context.setDefaultTimeout(20_000);
	try {
		await context.addInitScript(() => {
			/** @type {{ value: number, at: number, sources: string[] }[]} */
			const shifts = [];
			Object.assign(window, { __derekShifts: shifts });
			/** @param {DOMRectReadOnly} r */
			const box = (r) => `y ${Math.round(r.y)} h ${Math.round(r.height)} w ${Math.round(r.width)}`;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) {
					const shift =
						/** @type {PerformanceEntry & { value: number, sources?: { node?: Node, previousRect: DOMRectReadOnly, currentRect: DOMRectReadOnly }[] }} */ (
							entry
						);
					shifts.push({
						value: shift.value,
						at: Math.round(shift.startTime),
						sources: (shift.sources ?? []).map((source) => {
							const node = source.node;
							const name =
								node instanceof Element
									? `<${node.localName}${node.classList.length ? '.' + [...node.classList].join('.') : ''}>`
									: node
										? `${node.nodeName} "${(node.textContent ?? '').trim().slice(0, 30)}"`
										: '(removed node)';
							return `${name}: ${box(source.previousRect)} → ${box(source.currentRect)}`;
						})
					});
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		const page = await context.newPage();
		await page.goto(url, { waitUntil: 'networkidle' });
		await page.evaluate(() => document.fonts.ready.then(() => undefined));
		await page.waitForTimeout(500);
		const shifts = await page.evaluate(
			() =>
				/** @type {{ value: number, at: number, sources: string[] }[]} */ (
					/** @type {any} */ (window).__derekShifts
				)
		);
		return { total: shifts.reduce((sum, s) => sum + s.value, 0), shifts };
	} finally {
		await context.close();
	}
}

/**
 * Starts an HTTP server in front of `upstream` that gzips text responses for clients that accept
 * gzip, as static hosts do. Listens on `port` (0: any free port).
 * @param {string} upstream
 * @param {number} port
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
async function gzipFront(upstream, port) {
	const server = createServer(async (req, res) => {
		try {
			const response = await fetch(new URL(req.url ?? '/', upstream), {
				method: req.method,
				redirect: 'manual',
				signal: AbortSignal.timeout(20_000)
			});
			/** @type {Record<string, string>} */
			const headers = {};
			response.headers.forEach((value, name) => {
				if (!['content-length', 'connection', 'keep-alive', 'transfer-encoding'].includes(name)) {
					headers[name] = value;
				}
			});
			let body = Buffer.from(await response.arrayBuffer());
			const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
			if (gzip && body.length > 0 && COMPRESSIBLE.test(headers['content-type'] ?? '')) {
				body = gzipSync(body, { level: 9 });
				headers['content-encoding'] = 'gzip';
				headers['vary'] = 'Accept-Encoding';
			}
			headers['content-length'] = String(body.length);
			res.writeHead(response.status, headers);
			res.end(req.method === 'HEAD' ? undefined : body);
		} catch (error) {
			res.writeHead(502, { 'content-type': 'text/plain' });
			res.end(String(error));
		}
	});
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, () => resolve(undefined));
	});
	const address = server.address();
	const actual = typeof address === 'object' && address ? address.port : port;
	return {
		url: `http://localhost:${actual}/`,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}

/**
 * Runs Lighthouse (mobile, its defaults) on a page with its own headless Chromium.
 * @param {string} url
 */
async function runLighthouse(url) {
	const chrome = await within(
		chromeLauncher.launch({
			chromePath: CHROMIUM,
			chromeFlags: [
				'--headless=new',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-dev-shm-usage',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--disable-extensions',
				'--disable-default-apps',
				'--no-first-run',
				'--no-default-browser-check'
			],
			logLevel: 'silent'
		}),
		30_000,
		'starting Chromium for Lighthouse'
	);
	try {
		const result = await within(
			lighthouse(url, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: CATEGORIES
			}),
			180_000,
			`Lighthouse on ${url}`
		);
		if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
		return result.lhr;
	} finally {
		try {
			chrome.kill();
		} catch {
			// already gone
		}
	}
}

/**
 * Prints one Lighthouse report and says whether it meets the targets.
 * @param {import('lighthouse').Result} lhr
 */
function printLighthouse(lhr) {
	let ok = true;
	if (lhr.runtimeError) {
		console.log(
			`    ✗ Lighthouse runtime error: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`
		);
		ok = false;
	}
	for (const id of CATEGORIES) {
		const category = lhr.categories[id];
		const score = category?.score == null ? null : Math.round(category.score * 100);
		const failing = (category?.auditRefs ?? [])
			.filter((ref) => ref.weight > 0)
			.map((ref) => lhr.audits[ref.id])
			.filter((audit) => audit && audit.score !== null && audit.score < 1);
		const met = score === TARGETS.score;
		ok &&= met;
		console.log(
			`    ${(category?.title ?? id).padEnd(16)} ${String(score ?? '–').padStart(3)}  ${mark(met)} (target ${TARGETS.score})`
		);
		for (const audit of failing) {
			if (!audit) continue;
			const value = audit.displayValue ? ` (${audit.displayValue})` : '';
			console.log(`      - ${audit.id}: ${audit.title}${value}, score ${audit.score}`);
		}
	}
	const broken = Object.values(lhr.audits).filter((audit) => audit.scoreDisplayMode === 'error');
	if (broken.length > 0) {
		const reason = broken[0]?.errorMessage?.replace(/^.*exception: /, '') ?? '';
		console.log(
			`    (Lighthouse could not run ${broken.map((a) => a.id).join(', ')} on this Chromium: ${reason})`
		);
	}
	// Why the performance score is below 100: opportunities with savings, and what shifted.
	for (const audit of Object.values(lhr.audits)) {
		const details =
			/** @type {{ type?: string, overallSavingsMs?: number, overallSavingsBytes?: number }} */ (
				audit.details ?? {}
			);
		if (details.type !== 'opportunity' || audit.score === null || audit.score >= 1) continue;
		if (!details.overallSavingsMs && !details.overallSavingsBytes) continue;
		console.log(
			`      opportunity ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`
		);
	}
	const shifts =
		/** @type {{ items?: { node?: { snippet?: string, selector?: string }, score?: number }[] }} */ (
			lhr.audits['layout-shifts']?.details ?? {}
		);
	for (const item of shifts.items ?? []) {
		const node = item.node?.selector ?? item.node?.snippet ?? '(unknown element)';
		console.log(
			`      layout shift ${(item.score ?? 0).toFixed(3)}: ${node}  ${item.node?.snippet?.slice(0, 100) ?? ''}`
		);
	}
	/** @param {string} id */
	const metric = (id) => lhr.audits[id];
	const cls = metric('cumulative-layout-shift')?.numericValue;
	const clsOk = cls === TARGETS.cls;
	ok &&= clsOk;
	for (const [id, label] of [
		['first-contentful-paint', 'FCP'],
		['largest-contentful-paint', 'LCP'],
		['total-blocking-time', 'TBT'],
		['cumulative-layout-shift', 'CLS'],
		['speed-index', 'Speed Index']
	]) {
		const audit = metric(/** @type {string} */ (id));
		const shown = audit?.displayValue ?? (audit?.numericValue ?? '–').toString();
		const target = id === 'cumulative-layout-shift' ? `  ${mark(clsOk)} (target 0)` : '';
		console.log(`    ${String(label).padEnd(16)} ${shown}${target}`);
	}
	return ok;
}

/** Runs every page measurement; returns false when a figure misses its target or cannot be made. */
export async function benchPages() {
	console.log(
		'\nPages (what Chromium loads, raw / gzipped: text at gzip -9, fonts and images as they are; Lighthouse mobile):'
	);
	const dir = path.resolve('build');
	if (!existsSync(path.join(dir, 'index.html'))) {
		console.log(`  ✗ ${dir}/index.html does not exist: run npm run build first`);
		return false;
	}
	const server = await startServer({ dir, port: 0 });
	/** @type {Awaited<ReturnType<typeof gzipFront>> | undefined} */
	let front;
	/** @type {import('playwright-core').Browser | undefined} */
	let browser;
	let ok = true;
	try {
		const base = server.url;
		const pages = await within(pickPages(base), 60_000, 'finding the pages to measure');
		if (pages.length < 3) {
			console.log(
				`  ✗ found ${pages.map((p) => p.label).join(', ') || 'nothing'}: need a gallery ([data-chart-card]) and a chart page with an iframe snippet (pre[data-snippet="iframe"])`
			);
			ok = false;
		}
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
			const url = new URL(page.path, base).href;
			console.log(`\n  ${page.label} ${page.path}`);
			const {
				totals,
				html: pageHTML,
				scripts
			} = await within(measureBytes(browser, url), 60_000, `loading ${url}`);
			let raw = 0;
			let gz = 0;
			for (const type of TYPES) {
				const t = /** @type {{ raw: number, gz: number, files: number }} */ (totals[type]);
				raw += t.raw;
				gz += t.gz;
				if (t.files === 0) continue;
				const budget = type === 'JS' && page.js !== undefined ? page.js : undefined;
				const verdict =
					budget === undefined ? '' : `  ${mark(t.gz <= budget)} (target ≤ ${kb(budget)} gz)`;
				if (budget !== undefined) ok &&= t.gz <= budget;
				console.log(
					`    ${type.padEnd(6)} ${String(t.files).padStart(3)} files ${kb(t.raw).padStart(9)} / ${kb(t.gz).padStart(8)} gz${verdict}`
				);
				if (budget !== undefined && t.gz > budget) {
					for (const script of scripts.slice(0, 5)) {
						console.log(`      ${kb(script.gz).padStart(8)} gz  ${script.path}`);
					}
				}
			}
			// SvelteKit inlines the CSS (inlineStyleThreshold): it is counted in the HTML above.
			const css = [...pageHTML.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)]
				.map((m) => m[1] ?? '')
				.join('');
			if (css) {
				const cssGz = gzipSync(Buffer.from(css), { level: 9 }).length;
				console.log(
					`    CSS      inline  ${kb(Buffer.byteLength(css)).padStart(9)} / ${kb(cssGz).padStart(8)} gz (part of the HTML)`
				);
			}
			const js = /** @type {{ files: number }} */ (totals.JS);
			if (page.js !== undefined && js.files === 0) {
				console.log(`    JS       0 files  ✓ (target ≤ ${kb(page.js)} gz)`);
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
			const first = firstChartGzipped(pageHTML);
			if (!first) {
				console.log('    first chart: no svg[role="img"|"group"] in the HTML  ✗ misses target');
				ok = false;
			} else {
				const met = first.gz <= TARGETS.firstChart;
				ok &&= met;
				console.log(
					`    first chart ends at ${kb(first.raw)} of HTML, ${kb(first.gz)} gzipped  ${mark(met)} (target within the first ${kb(TARGETS.firstChart)} gz)`
				);
			}
		}
		await browser.close();
		browser = undefined;

		// On the build's default site origin when that port is free, so its absolute URLs are real.
		front = await gzipFront(base, DEFAULT_PORT).catch(() => gzipFront(base, 0));
		for (const page of pages) {
			const url = new URL(page.path, front.url).href;
			console.log(`\n  Lighthouse: ${page.label} ${page.path}`);
			try {
				const lhr = await runLighthouse(url);
				ok = printLighthouse(lhr) && ok;
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
		await front?.close();
		await server.close();
	}
	return ok;
}
