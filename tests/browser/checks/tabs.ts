// `Tabs`: a few reused tabs of one browser that visit pages at once, record every request each page
// makes (off the site, or to the site and failing) and wait until a page has settled, without
// relying on any framework. The crawl tests (a11y.test.ts, requests-and-links.test.ts) run their
// checks in them.
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';

/**
 * How many pages the crawl tests keep open at once, in one browser (DEREK_CRAWL_PAGES). Loading
 * and checking a page waits on the browser more than it computes: on two cores, 6 tabs finish the
 * a11y crawl in about 55 s, 4 in 65 s, 2 in 85 s, and 8 no sooner than 6.
 */
export const PAGES_AT_ONCE = Number(process.env.DEREK_CRAWL_PAGES ?? 6);

/** How a page is visited. */
export interface VisitOptions {
	colorScheme?: 'light' | 'dark';
	reducedMotion?: 'reduce' | 'no-preference';
	/** Serves HTML without its scripts and module preloads: what a reader without JavaScript gets. */
	withoutScripts?: boolean;
	/** Scrolls to the end and back, so that lazy images and frames load too. */
	scroll?: boolean;
	/** Where the page sends the reader (a meta refresh): wait until it has arrived there. */
	waitForURL?: string;
}

/** A page being visited, with what it has asked the network for so far. */
export interface Visit {
	page: Page;
	url: string;
	/** The HTTP status of the page itself. */
	status: number | undefined;
	/** Every request to another origin: `resourceType METHOD url`. */
	offsite: string[];
	/** Every request to the site that failed or answered 4xx/5xx (the page itself aside). */
	failures: string[];
	/** How many requests the page made in all. */
	requests: number;
	/** When the visit began (ms since the epoch). */
	started: number;
}

interface Tab {
	page: Page;
	/** The visit the tab's events belong to now. */
	visit: Visit | null;
	inflight: Set<Request>;
}

const isIgnoredScheme = (url: string) => /^(data|blob|about|chrome-error):/i.test(url);
const originOf = (u: string) => {
	try {
		return new URL(u).origin;
	} catch {
		return u;
	}
};

/**
 * A few tabs of one browser context, reused from page to page so that the browser's cache and
 * compiled scripts carry over (a fresh context per page costs more than the checks themselves).
 * `visit` opens a URL in a free tab with the given colour scheme and motion preference, waits
 * until it has settled, runs `check`, and records every request the page makes meanwhile:
 * requests to another origin than the test server's, and requests to the site that fail.
 */
export class Tabs {
	private context: Promise<BrowserContext>;
	private idle: Tab[] = [];
	private waiting: ((tab: Tab) => void)[] = [];
	private count = 0;

	constructor(
		browser: Browser,
		private readonly origin: string,
		private readonly size = PAGES_AT_ONCE
	) {
		this.context = (async () => {
			const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
			context.setDefaultTimeout(15_000);
			await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
			await context.addInitScript(() => {
				const w = window as unknown as { __lastChange: number };
				w.__lastChange = performance.now();
				new MutationObserver(() => (w.__lastChange = performance.now())).observe(document, {
					subtree: true,
					childList: true,
					attributes: true,
					characterData: true
				});
			});
			return context;
		})();
	}

	private async newTab(): Promise<Tab> {
		const page = await (await this.context).newPage();
		const tab: Tab = { page, visit: null, inflight: new Set() };
		const site = (url: string) => originOf(url) === this.origin;
		page.on('request', (request) => {
			tab.inflight.add(request);
			const visit = tab.visit;
			if (!visit) return;
			visit.requests++;
			if (!isIgnoredScheme(request.url()) && !site(request.url())) {
				visit.offsite.push(`${request.resourceType()} ${request.method()} ${request.url()}`);
			}
		});
		page.on('requestfinished', async (request) => {
			tab.inflight.delete(request);
			const visit = tab.visit;
			if (!visit) return;
			const status = (await request.response().catch(() => null))?.status() ?? 0;
			const isPage = request.isNavigationRequest() && request.url() === visit.url;
			if (status >= 400 && !isPage) {
				visit.failures.push(
					`HTTP ${status}: ${request.resourceType()} ${request.method()} ${request.url()}`
				);
			}
		});
		page.on('requestfailed', (request) => {
			tab.inflight.delete(request);
			const error = request.failure()?.errorText ?? 'unknown';
			// Requests off the site are reported as such; a request the browser drops because it
			// no longer needs it (e.g. on navigation) is no fault.
			if (!tab.visit || !site(request.url()) || error === 'net::ERR_ABORTED') return;
			tab.visit.failures.push(
				`failed (${error}): ${request.resourceType()} ${request.method()} ${request.url()}`
			);
		});
		page.on('websocket', (ws) => tab.visit?.offsite.push(`websocket ${ws.url()}`));
		return tab;
	}

	private async acquire(): Promise<Tab> {
		const tab = this.idle.pop();
		if (tab) return tab;
		if (this.count < this.size) {
			this.count++;
			return this.newTab().catch((error) => {
				this.count--;
				throw error;
			});
		}
		return new Promise((resolve) => this.waiting.push(resolve));
	}

	private release(tab: Tab | null) {
		if (!tab) {
			// A broken tab is dropped: make a new one for whoever waits.
			this.count--;
			const next = this.waiting.shift();
			if (next) {
				this.count++;
				this.newTab().then(next, () => this.release(null));
			}
			return;
		}
		tab.visit = null;
		const next = this.waiting.shift();
		if (next) next(tab);
		else this.idle.push(tab);
	}

	/** Opens `url` in a free tab, waits until it has settled, and runs `check` on it. */
	async visit<T>(
		url: string,
		options: VisitOptions,
		check: (visit: Visit) => Promise<T>
	): Promise<{ result: T; visit: Visit }> {
		const tab = await this.acquire();
		let healthy = false;
		const { page } = tab;
		try {
			await page.emulateMedia({
				colorScheme: options.colorScheme ?? 'light',
				reducedMotion: options.reducedMotion ?? 'no-preference'
			});
			await page.mouse.move(0, 0);
			if (options.withoutScripts) {
				await page.route(
					(u) => u.href === url,
					async (route) => {
						const response = await route.fetch();
						const html = (await response.text())
							.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
							.replace(/<link\b[^>]*\brel=["']?modulepreload\b[^>]*>/gi, '');
						await route.fulfill({ response, body: html });
					}
				);
			}
			const visit: Visit = {
				page,
				url,
				status: undefined,
				offsite: [],
				failures: [],
				requests: 0,
				started: Date.now()
			};
			tab.visit = visit;
			const response = await page.goto(url, { waitUntil: 'load' });
			visit.status = response?.status();
			if (options.waitForURL) await page.waitForURL(options.waitForURL, { waitUntil: 'load' });
			if (options.scroll) {
				await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
			}
			await settle(page, tab.inflight);
			if (options.scroll) await page.evaluate(() => window.scrollTo(0, 0));
			const result = await check(visit);
			healthy = true;
			return { result, visit };
		} finally {
			if (options.withoutScripts) await page.unrouteAll().catch(() => undefined);
			if (healthy) {
				// Leave the page, so that nothing of it runs on while the tab waits.
				await page.goto('about:blank').catch(() => (healthy = false));
			}
			if (!healthy) await page.close().catch(() => undefined);
			this.release(healthy ? tab : null);
		}
	}

	async close() {
		await (await this.context).close();
	}
}

/**
 * Waits until the page is quiet: fonts loaded, nothing in flight and no DOM change for 100 ms
 * (at most 5 s), so that whatever script the page runs (a framework's hydration, a small
 * enhancement script, or none) has done its work; then ends every finite running animation and
 * transition, so that colours are final.
 */
export async function settle(page: Page, inflight: Set<Request> = new Set()) {
	await page.evaluate(() => document.fonts.ready.then(() => undefined));
	const deadline = Date.now() + 5_000;
	for (;;) {
		const sinceChange = await page.evaluate(() => {
			const w = window as unknown as { __lastChange?: number };
			return performance.now() - (w.__lastChange ?? 0);
		});
		if ((inflight.size === 0 && sinceChange >= 100) || Date.now() > deadline) break;
		await page.waitForTimeout(inflight.size > 0 ? 20 : Math.max(10, 100 - sinceChange));
	}
	await finishAnimations(page);
}

/** Ends every finite running animation and transition, and waits for the next frame. */
export function finishAnimations(page: Page) {
	return page.evaluate(
		() =>
			new Promise<void>((done) => {
				for (const animation of document.getAnimations()) {
					const end = animation.effect?.getComputedTiming().endTime;
					if (typeof end === 'number' && Number.isFinite(end)) animation.finish();
				}
				requestAnimationFrame(() => done());
			})
	);
}
