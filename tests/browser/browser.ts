// Helpers for the browser tests: launch Debian's Chromium through playwright-core, open pages
// that record every console error, page error and failed request, and read the site's URLs.
import { readFileSync } from 'node:fs';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';

/** Launches headless Chromium (with any extra command-line `args`); close it in afterAll. */
export function launchBrowser(args: string[] = []): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM,
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			...args
		]
	});
}

/** A test file's Chromium, from useBrowser. */
export interface FileBrowser {
	/** The browser (from the first beforeAll on). */
	readonly browser: Browser;
	/** The gallery's chart cards, when useBrowser was asked to read them. */
	readonly cards: Card[];
	/** `openPage` in that browser. */
	open: (options?: BrowserContextOptions) => Promise<TrackedPage>;
}

/**
 * Launches Chromium (with any extra command-line `args`) before the test file's tests, and reads
 * the gallery's cards if asked; closes the browser after the tests. Call it at the top of the file,
 * before any beforeAll that needs the browser.
 */
export function useBrowser({
	args = [],
	cards = false
}: { args?: string[]; cards?: boolean } = {}): FileBrowser {
	let launched: Browser | undefined;
	let read: Card[] | undefined;
	beforeAll(async () => {
		launched = await launchBrowser(args);
		if (cards) read = await galleryCards(launched);
	});
	afterAll(async () => {
		await launched?.close();
	});
	const ready = <T>(value: T | undefined, what: string): T => {
		if (value === undefined) throw new Error(`useBrowser: no ${what} (read in beforeAll)`);
		return value;
	};
	return {
		get browser() {
			return ready(launched, 'browser');
		},
		get cards() {
			return ready(read, 'gallery cards: call useBrowser({ cards: true })');
		},
		open: (options) => openPage(ready(launched, 'browser'), options)
	};
}

/**
 * Chromium arguments that resolve no host name but localhost, so a request off the site fails at
 * once, in the browser, instead of reaching the internet (it is still seen, and reported).
 */
export const OFFLINE = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost'];

/** An absolute URL on the test server for a site path such as `/charts/x`. */
export function siteURL(pathname: string): string {
	return new URL(pathname, inject('baseURL')).href;
}

/** A page and everything that went wrong on it since it was opened. */
export interface TrackedPage {
	page: Page;
	/** One line per console error, uncaught page error, failed request or HTTP error response. */
	problems: string[];
	/** Closes the page's own browser context. */
	close: () => Promise<void>;
}

/**
 * Opens a page in a fresh context (so options such as `javaScriptEnabled` or `viewport`
 * apply to it alone) and records what went wrong on it.
 */
export async function openPage(
	browser: Browser,
	options: BrowserContextOptions = {}
): Promise<TrackedPage> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
	// Fail fast with a clear message rather than wait out the test's own timeout.
	context.setDefaultTimeout(15_000);
	const page = await context.newPage();
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') {
			problems.push(`console error: ${message.text()} (at ${message.location().url})`);
		}
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.stack ?? error.message}`));
	page.on('requestfailed', (request) => {
		const failure = request.failure()?.errorText ?? 'unknown';
		// The browser cancelling a request it no longer needs (e.g. on navigation) is no fault,
		// nor is a JavaScript-free page refusing to fetch scripts (`<link rel="modulepreload">`).
		const blockedScript =
			options.javaScriptEnabled === false &&
			failure === 'csp' &&
			new URL(request.url()).pathname.endsWith('.js');
		if (failure !== 'net::ERR_ABORTED' && !blockedScript) {
			problems.push(`request failed: ${request.method()} ${request.url()}: ${failure}`);
		}
	});
	page.on('response', (response) => {
		if (response.status() >= 400) {
			problems.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
		}
	});
	return { page, problems, close: () => context.close() };
}

/** Asserts that nothing went wrong, listing what did if something has. */
export function expectNoProblems(tracked: TrackedPage): void {
	expect(tracked.problems, 'console errors, page errors or failed requests').toEqual([]);
}

/** Loads a site path and waits until the network is quiet (fonts and the page script are in). */
export async function visit(page: Page, pathname: string) {
	const response = await page.goto(siteURL(pathname), { waitUntil: 'networkidle' });
	await page.evaluate(() => document.fonts.ready.then(() => undefined));
	return response;
}

/** The whitespace-normalised text of the first element matching `selector` now ('' if none). */
export function textOf(page: Page, selector: string): Promise<string> {
	return page.evaluate(
		(selector) => (document.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim(),
		selector
	);
}

/** A chart card of the gallery, in gallery order. */
export interface Card {
	id: string;
	pathname: string;
	title: string;
	figure: string;
}

/** Reads the gallery's chart cards (the page must be a gallery, e.g. `/en`). */
export async function readGallery(page: Page): Promise<Card[]> {
	return page.$$eval('a[data-chart-card]', (cards) =>
		cards.map((card) => {
			const text = (selector: string) =>
				(card.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
			const pathname = new URL((card as HTMLAnchorElement).href).pathname;
			return {
				id: pathname.replace(/^\/[a-z]{2}\/articles\/[^/]+\/charts\//, ''),
				pathname,
				title: text('[data-chart-title]'),
				figure: text('[data-figure]')
			};
		})
	);
}

/** Loads the gallery in a throwaway JavaScript-free page and returns its cards. */
export async function galleryCards(browser: Browser): Promise<Card[]> {
	const tracked = await openPage(browser, { javaScriptEnabled: false });
	try {
		await tracked.page.goto(siteURL(GALLERY));
		return await readGallery(tracked.page);
	} finally {
		await tracked.close();
	}
}

/** The pathname that a link points to, or null when there is no such link. */
export async function linkPath(page: Page, selector: string): Promise<string | null> {
	const links = page.locator(selector);
	if ((await links.count()) === 0) return null;
	const href = await links.first().evaluate((a) => (a as HTMLAnchorElement).href);
	return new URL(href).pathname;
}

/** Sizes (CSS px) of a chart page's figure and its svg, and the page's horizontal overflow. */
export interface ChartBox {
	figure: { width: number; height: number; contentWidth: number; left: number; right: number };
	svg: { width: number; height: number; left: number; right: number; widthAttr: string | null };
	scrollWidth: number;
	innerWidth: number;
}

/** Measures the chart of a chart page (the shown `figure[data-chart] svg[role]`). */
export function measureChart(page: Page): Promise<ChartBox> {
	return page.evaluate(() => {
		const figure = document.querySelector('figure[data-chart]');
		// A figure holds a copy of the chart per width (VARIANT_WIDTHS), of which CSS shows one.
		const svgs = [...(figure?.querySelectorAll('svg[role]') ?? [])];
		const svg = svgs.find((svg) => svg.getBoundingClientRect().width > 0) ?? svgs[0];
		if (!figure || !svg) throw new Error('no figure[data-chart] svg[role] on the page');
		const f = figure.getBoundingClientRect();
		const s = svg.getBoundingClientRect();
		const style = getComputedStyle(figure);
		const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
		return {
			figure: {
				width: f.width,
				height: f.height,
				contentWidth: figure.clientWidth - padding,
				left: f.left,
				right: f.right
			},
			svg: {
				width: s.width,
				height: s.height,
				left: s.left,
				right: s.right,
				widthAttr: svg.getAttribute('width')
			},
			scrollWidth: document.documentElement.scrollWidth,
			innerWidth: window.innerWidth
		};
	});
}

/** The ids of the charts data/articles/2025-12-20-central-asia-japan-tokyo/charts.json declares, in its order: the gallery shows exactly these. */
export const EXPECTED_IDS: string[] = (
	JSON.parse(
		readFileSync('data/articles/2025-12-20-central-asia-japan-tokyo/charts.json', 'utf8')
	) as { id: string }[]
).map((c) => c.id);

/** The real article's slug: its pages are /<lang>/articles/<slug>/… */
export const REAL_ARTICLE = '2025-12-20-central-asia-japan-tokyo';

/** A chart's page under the real article. */
export const chartPage = (lang: string, id: string): string =>
	`/${lang}/articles/${REAL_ARTICLE}/charts/${id}`;

/** The real article's page. */
export const articlePage = (lang: string): string => `/${lang}/articles/${REAL_ARTICLE}`;

/**
 * The real article's English page, the gallery of its charts (every one a card) where most tests
 * start; the other languages have their own tests. The list of articles (/en) draws only each
 * article's first chart.
 */
export const GALLERY = articlePage('en');

/** The English list of every article, newest first. */
export const ARTICLE_LIST = '/en';

/**
 * For a test file: serves `handler` on a free port of `hostname` from beforeAll on, until afterAll.
 * `origin()` is its `http://hostname:port`.
 */
export function useServer(
	handler: RequestListener,
	hostname = 'localhost'
): { origin: () => string } {
	const server = createServer(handler);
	let origin = '';
	beforeAll(async () => {
		await new Promise<void>((done) => server.listen(0, hostname, done));
		origin = `http://${hostname}:${(server.address() as AddressInfo).port}`;
	});
	afterAll(async () => {
		server.closeAllConnections();
		await new Promise((done) => server.close(done));
	});
	return { origin: () => origin };
}
