// In-browser checks for the crawl tests (a11y.test.ts, requests-and-links.test.ts) and their
// self-tests (crawl-checks.test.ts): `Tabs`, a few reused tabs of one browser that visit pages at
// once, record every request and wait until a page has settled without relying on any framework;
// axe-core; the contrast of the marks and texts inside SVG charts; a keyboard walk with Tab; and
// the checks of prefers-reduced-motion. Each check returns plain findings; the tests turn them
// into failure messages that name the page, the rule or element, and what is wrong.
import AxeBuilder from '@axe-core/playwright';
import { CONTROLS } from './crawl';
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

/**
 * Where every rendered element is, rounded to the pixel: two readings are equal when the page
 * lays out the same (so a change of colour scheme changed colours alone).
 */
export function layoutFingerprint(page: Page): Promise<string> {
	return page.evaluate(() => {
		const parts: string[] = [];
		for (const el of document.querySelectorAll('body *')) {
			const r = el.getBoundingClientRect();
			const shown = r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
			parts.push(
				shown
					? `${Math.round(r.x)},${Math.round(r.y)},${Math.round(r.width)},${Math.round(r.height)}`
					: '-'
			);
		}
		return parts.join(' ');
	});
}

// --- axe-core ---------------------------------------------------------------------------------

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: a violation of any of these fails a test. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
export type AxeViolation = AxeResults['violations'][number];

/**
 * Runs axe-core on the page for the WCAG A and AA rules (or the colour rules alone), through
 * @axe-core/playwright in legacy mode: axe.run in the page itself, three times faster than the
 * default (which finishes every run in a new blank page), and it still checks same-origin frames.
 * A second run on the same document calls the axe already there rather than inject it again.
 */
export async function runAxe(page: Page, { coloursOnly = false } = {}): Promise<AxeResults> {
	const options = {
		resultTypes: ['violations'] as 'violations'[],
		runOnly: coloursOnly
			? { type: 'rule' as const, values: COLOUR_RULES }
			: { type: 'tag' as const, values: WCAG_TAGS }
	};
	type Axe = { axe?: { run: (context: Document, options: unknown) => Promise<AxeResults> } };
	const injected = await page.evaluate(() => typeof (window as Axe).axe?.run === 'function');
	if (injected) {
		return page.evaluate((options) => (window as Axe).axe!.run(document, options), options);
	}
	return new AxeBuilder({ page }).options(options).setLegacyMode(true).analyze();
}

/**
 * The WCAG rules whose outcome depends on colours alone. When a page lays out the same in both
 * colour schemes (same elements shown, same boxes), only these can find something new in the
 * second scheme.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** The violations that break a WCAG A or AA criterion (not best practices). */
export function wcagViolations(results: AxeResults): AxeViolation[] {
	return results.violations.filter((v) => v.tags.some((t) => WCAG_TAGS.includes(t)));
}

/** axe's violations, one block per rule: id, impact, help, then each node's selector and why. */
export function formatViolations(violations: AxeViolation[]): string {
	return violations
		.map((v) =>
			[
				`${v.id} (${v.impact ?? 'no impact'}): ${v.help} [${v.tags.filter((t) => /^wcag\d/.test(t)).join(' ')}]`,
				`  ${v.helpUrl}`,
				...v.nodes.map((node) =>
					[
						`  - ${node.target.map((t) => (typeof t === 'string' ? t : JSON.stringify(t))).join(' >>> ')}`,
						`    ${node.html.replace(/\s+/g, ' ').slice(0, 160)}`,
						...(node.failureSummary ?? '')
							.split('\n')
							.filter((line) => line.trim() !== '')
							.map((line) => `    ${line.trim()}`)
					].join('\n')
				)
			].join('\n')
		)
		.join('\n');
}

// --- Both colour schemes on one load ------------------------------------------------------------

export type Scheme = 'light' | 'dark';

/** What axe and the chart contrast check found on a page in one colour scheme. */
export interface SchemeAudit {
	violations: AxeViolation[];
	contrast: ContrastFinding[];
	/** How many chart marks the contrast check sampled. */
	marks: number;
	/** How many chart texts the contrast check sampled. */
	texts: number;
	/** Chart marks it could not sample (no point of them hit-tests). */
	unsampled: string[];
	/** axe ran the colour rules alone: the page lays out exactly as in the scheme before. */
	coloursOnly: boolean;
}

/**
 * axe, then the charts' contrast, on a page loaded in `schemes[0]`, then in each further scheme,
 * switched by emulation on the same document, as when a reader's system changes theme. If the
 * page then lays out exactly as before, only axe's colour rules run again (nothing else can
 * differ).
 */
export async function auditSchemes(
	page: Page,
	schemes: Scheme[],
	{ charts = true } = {}
): Promise<Partial<Record<Scheme, SchemeAudit>>> {
	const out: Partial<Record<Scheme, SchemeAudit>> = {};
	let layout = '';
	for (const [i, scheme] of schemes.entries()) {
		if (i > 0) {
			await page.emulateMedia({ colorScheme: scheme });
			await finishAnimations(page);
		}
		const now = await layoutFingerprint(page);
		const coloursOnly = i > 0 && now === layout;
		layout = now;
		const violations = wcagViolations(await runAxe(page, { coloursOnly }));
		const { findings, marks, texts, unsampled } = charts
			? await svgContrast(page)
			: { findings: [], marks: 0, texts: 0, unsampled: [] };
		out[scheme] = { violations, contrast: findings, marks, texts, unsampled, coloursOnly };
	}
	return out;
}

// --- Contrast inside SVG charts ----------------------------------------------------------------

/** One mark or text of a chart with too little contrast against what is drawn behind it. */
export interface ContrastFinding {
	/** The chart's id (`data-chart`, `data-embed-id`, a gallery card's link, or its title). */
	chart: string;
	kind: 'mark' | 'text';
	/** The `data-fact` the mark draws, if any. */
	fact: string;
	/** The element: `<rect x="0" y="4">`, or a text's words. */
	element: string;
	/** How it is painted, e.g. `stroke rgb(31, 93, 140) × 0.2 opacity`. */
	paint: string;
	/** The colour right behind it, with what paints it. */
	background: string;
	ratio: number;
	needed: number;
	/** How many marks of the chart fail alike (same paint, same background). */
	count: number;
}

/**
 * Finds the marks and texts of every visible SVG chart on the page whose contrast against what is
 * drawn right behind them falls short: 3:1 for the graphical objects that carry the data (WCAG
 * 1.4.11) and 4.5:1 (3:1 when large) for text (WCAG 1.4.3), which axe-core does not check inside
 * SVG. Marks are the shapes inside `[data-fact]` groups and legend keys (every shape when a chart
 * marks no facts). Each mark is sampled at up to 12 points on its outline and inside it, where it
 * paints (dashes included); at each point where the browser hit-tests the mark, the layers below
 * it (shapes of the chart whose fill or stroke covers the point, other than the same figure's,
 * then the page's backgrounds) are composited with their fill-, stroke- and element opacities,
 * and so is the mark's own paint. A mark passes when its fill or its outline reaches the ratio
 * against every background it covers at a quarter or more of those points. A mark no point of
 * which can be hit-tested is listed in `unsampled`, not passed.
 */
export function svgContrast(
	page: Page
): Promise<{ findings: ContrastFinding[]; marks: number; texts: number; unsampled: string[] }> {
	return page.evaluate(() => {
		type RGBA = [number, number, number, number];
		const SHAPES = ['rect', 'path', 'circle', 'ellipse', 'polygon', 'polyline', 'line'];
		const probe = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
		const parse = (color: string): RGBA | null => {
			if (!color || color === 'none' || color.startsWith('url(')) return null;
			const m =
				/^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(
					color
				);
			if (m) {
				const a = m[4] === undefined ? 1 : Number(m[4]) / (m[5] ? 100 : 1);
				return [Number(m[1]), Number(m[2]), Number(m[3]), a];
			}
			// Any other CSS colour (oklch(), color(), …): let the canvas convert it to sRGB.
			probe.clearRect(0, 0, 1, 1);
			probe.fillStyle = '#000';
			probe.fillStyle = color;
			probe.fillRect(0, 0, 1, 1);
			const [r = 0, g = 0, b = 0, a = 0] = probe.getImageData(0, 0, 1, 1).data;
			return [r, g, b, a / 255];
		};
		const withAlpha = (c: RGBA, alpha: number): RGBA => [c[0], c[1], c[2], c[3] * alpha];
		/** Source-over compositing of `top` onto `bottom`. */
		const over = (top: RGBA, bottom: RGBA): RGBA => {
			const a = top[3] + bottom[3] * (1 - top[3]);
			if (a === 0) return [0, 0, 0, 0];
			const mix = (i: 0 | 1 | 2) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a;
			return [mix(0), mix(1), mix(2), a];
		};
		const luminance = (c: RGBA) => {
			const lin = (v: number) => {
				const s = v / 255;
				return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
			};
			return 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
		};
		const ratio = (a: RGBA, b: RGBA) => {
			const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
			return (hi! + 0.05) / (lo! + 0.05);
		};
		const css = (c: RGBA) => `rgb(${c.slice(0, 3).map(Math.round).join(', ')})`;
		const number = (value: string, fallback = 1) => {
			const n = parseFloat(value);
			return Number.isNaN(n) ? fallback : value.trim().endsWith('%') ? n / 100 : n;
		};
		/** The product of `opacity` of the element and all its ancestors (group opacity). */
		const opacities = new Map<Element, number>();
		/** The product of `opacity` of the element and all its ancestors (group opacity). */
		const opacity = (el: Element | null): number => {
			if (!el) return 1;
			let o = opacities.get(el);
			if (o === undefined) {
				o = number(getComputedStyle(el).opacity) * opacity(el.parentElement);
				opacities.set(el, o);
			}
			return o;
		};
		const backgrounds = new Map<Element, { bg: RGBA | null; image: boolean }>();
		const background = (el: Element) => {
			let b = backgrounds.get(el);
			if (!b) {
				const cs = getComputedStyle(el);
				b = { bg: parse(cs.backgroundColor), image: cs.backgroundImage !== 'none' };
				backgrounds.set(el, b);
			}
			return b;
		};
		type Paints = { cs: CSSStyleDeclaration; fill: RGBA | null; stroke: RGBA | null };
		const painted = new Map<Element, Paints>();
		/** An element's fill and stroke as painted: colour with every opacity applied, or null. */
		const paints = (el: Element): Paints => {
			let p = painted.get(el);
			if (!p) {
				const cs = getComputedStyle(el);
				const group = opacity(el);
				const fill = parse(cs.fill);
				const stroke = number(cs.strokeWidth, 1) > 0 ? parse(cs.stroke) : null;
				p = {
					cs,
					fill: fill && withAlpha(fill, number(cs.fillOpacity) * group),
					stroke: stroke && withAlpha(stroke, number(cs.strokeOpacity) * group)
				};
				painted.set(el, p);
			}
			return p;
		};

		const isShape = (e: Element): e is SVGGeometryElement =>
			e instanceof SVGGeometryElement && SHAPES.includes(e.localName);
		const toUser = (el: SVGGraphicsElement, x: number, y: number) => {
			const m = el.getScreenCTM();
			return m ? new DOMPoint(x, y).matrixTransform(m.inverse()) : null;
		};
		const describe = (el: Element) =>
			`<${el.localName}${['x', 'y', 'cx', 'cy', 'width', 'height', 'd', 'opacity']
				.filter((a) => el.hasAttribute(a))
				.map((a) => ` ${a}="${el.getAttribute(a)!.slice(0, 24)}"`)
				.join('')}>`;

		/**
		 * What is painted below `el` at the viewport point (x, y): the layers after it in the hit-test
		 * stack, composited bottom-up. For a text, which the hit test may miss between glyphs, the
		 * shapes of its svg that come before it in document order and the page below the svg.
		 */
		const behind = (
			el: Element,
			svg: Element,
			x: number,
			y: number,
			sameObject?: Element | null,
			stack = document.elementsFromPoint(x, y)
		) => {
			const at = stack.indexOf(el);
			const below =
				at >= 0
					? stack.slice(at + 1)
					: stack.filter((e) =>
							svg.contains(e) && e !== svg
								? !!(e.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) &&
									!e.contains(el)
								: stack.indexOf(e) >= stack.indexOf(svg)
						);
			const layers: { color: RGBA; what: string }[] = [];
			let unknown = '';
			for (const e of below) {
				if (el.contains(e) || e.contains(el)) {
					if (e instanceof SVGSVGElement || !(e instanceof SVGElement)) {
						// An ancestor box (the svg, the figure, the page): its background.
					} else continue;
				}
				if (e instanceof SVGElement && !(e instanceof SVGSVGElement)) {
					if (e instanceof SVGTextContentElement || e.localName === 'g') continue;
					// Shapes of the same figure (a route and its dots) make one graphical object.
					if (sameObject && sameObject.contains(e)) continue;
					if (!isShape(e)) {
						unknown = `<${e.localName}>`;
						continue;
					}
					const point = toUser(e, x, y);
					const p = paints(e);
					const inStroke = point && p.stroke && e.isPointInStroke(point);
					const inFill = point && p.fill && e.isPointInFill(point);
					if (inStroke) layers.push({ color: p.stroke!, what: `stroke of ${describe(e)}` });
					if (inFill) layers.push({ color: p.fill!, what: `fill of ${describe(e)}` });
				} else {
					const { bg, image } = background(e);
					if (image) unknown = `background-image of <${e.localName}>`;
					if (bg && bg[3] > 0) {
						layers.push({
							color: withAlpha(bg, opacity(e)),
							what: `background of <${e.localName}>`
						});
					}
				}
				if (layers.at(-1) && layers.at(-1)!.color[3] >= 0.999) break;
			}
			// Below everything, the canvas: white, or Chromium's dark grey in a dark colour scheme.
			const scheme = getComputedStyle(document.documentElement).colorScheme;
			const dark =
				scheme.includes('dark') &&
				(!scheme.includes('light') || matchMedia('(prefers-color-scheme: dark)').matches);
			let color: RGBA = dark ? [18, 18, 18, 1] : [255, 255, 255, 1];
			for (const layer of [...layers].reverse()) color = over(layer.color, color);
			const top = layers[0]?.what ?? 'the canvas';
			return { color, what: unknown ? `${top}; also ${unknown}, not counted` : top };
		};

		const chartId = (svg: Element) => {
			const holder = svg.closest('[data-chart], [data-embed-id], [data-chart-card]');
			const fromHolder =
				holder?.getAttribute('data-chart') ||
				holder?.getAttribute('data-embed-id') ||
				(holder?.getAttribute('href') ?? '').split('/').filter(Boolean).pop();
			const title = svg.querySelector('title');
			return (
				fromHolder ||
				/^chart-(.+)-\d+-title$/.exec(title?.id ?? '')?.[1] ||
				(title?.textContent ?? svg.getAttribute('aria-label') ?? 'svg').trim().slice(0, 40)
			);
		};

		const findings = new Map<string, ContrastFinding>();
		let checkedMarks = 0;
		let checkedTexts = 0;
		const unsampled: string[] = [];
		const report = (f: Omit<ContrastFinding, 'count'>) => {
			const key = [f.chart, f.kind, f.fact, f.paint, f.background, f.ratio.toFixed(2)].join('|');
			const known = findings.get(key);
			if (known) known.count++;
			else findings.set(key, { ...f, count: 1 });
		};
		/** Scrolls so that `rect` is inside the viewport, and returns it as it is now. */
		const inView = (el: Element) => {
			let r = el.getBoundingClientRect();
			if (r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > innerWidth) {
				window.scrollBy(r.left < 0 || r.right > innerWidth ? r.left - 20 : 0, r.top - 40);
				r = el.getBoundingClientRect();
			}
			return r;
		};

		// Hit-testing finds every painted element, whatever its pointer-events.
		const sheet = new CSSStyleSheet();
		sheet.replaceSync(
			'* { pointer-events: auto !important; } svg * { pointer-events: visiblePainted !important; }'
		);
		document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
		const scroll = [scrollX, scrollY] as const;
		try {
			for (const svg of document.querySelectorAll('svg')) {
				const box = svg.getBoundingClientRect();
				// Charts, not icons: any visible svg of some size that is not inside another.
				if (box.width < 100 || box.height < 40 || svg.parentElement?.closest('svg')) continue;
				if (getComputedStyle(svg).visibility === 'hidden') continue;
				const chart = chartId(svg);
				const facts = svg.querySelectorAll('[data-fact]');
				const markSelector = SHAPES.join(', ');
				const marks = (
					facts.length
						? [
								...svg.querySelectorAll(
									SHAPES.flatMap((s) => [`[data-fact] ${s}`, `[data-cells="legend"] ${s}`]).join(
										', '
									)
								)
							]
						: [...svg.querySelectorAll(markSelector)]
				).filter((el) => !el.closest('defs, pattern, clipPath, mask, marker, symbol'));

				for (const mark of marks as SVGGeometryElement[]) {
					const p = paints(mark);
					const strokeWidth = number(p.cs.strokeWidth, 1);
					if (!p.fill && !p.stroke) continue;
					if (p.cs.visibility === 'hidden' || p.cs.display === 'none') continue;
					const r = inView(mark);
					if (r.width === 0 && r.height === 0) continue;
					if (Math.max(p.fill?.[3] ?? 0, p.stroke?.[3] ?? 0) === 0) continue; // not painted at all
					const ctm = mark.getScreenCTM();
					if (!ctm) continue;
					// Candidate points: the middle, and 32 points along the outline at uneven steps (so
					// that a dashed outline's dashes are met whatever their rhythm), each also pulled a
					// quarter of the way to the middle. Those where the mark paints (its fill, or its
					// stroke and dashes) are hit-tested, until 12 have hit.
					const length = mark.getTotalLength();
					const b = mark.getBBox();
					const middle = new DOMPoint(b.x + b.width / 2, b.y + b.height / 2);
					const candidates: DOMPoint[] = [middle];
					for (let i = 0; i < 32 && length > 0; i++) {
						const q = mark.getPointAtLength((length * (i + 0.37)) / 32);
						candidates.push(new DOMPoint(q.x, q.y));
						candidates.push(new DOMPoint(q.x + (middle.x - q.x) / 4, q.y + (middle.y - q.y) / 4));
					}
					const under = new Map<string, { color: RGBA; what: string; n: number }>();
					let hits = 0;
					for (const user of candidates) {
						if (hits >= 12) break;
						const paints =
							(p.fill && mark.isPointInFill(user)) || (p.stroke && mark.isPointInStroke(user));
						if (!paints) continue;
						const client = user.matrixTransform(ctm);
						if (client.x < 0 || client.y < 0 || client.x >= innerWidth || client.y >= innerHeight)
							continue;
						const stack = document.elementsFromPoint(client.x, client.y);
						if (!stack.includes(mark)) continue;
						hits++;
						const bg = behind(mark, svg, client.x, client.y, mark.closest('[data-fact]'), stack);
						const key = css(bg.color);
						const known = under.get(key);
						if (known) known.n++;
						else under.set(key, { ...bg, n: 1 });
					}
					if (hits === 0) {
						unsampled.push(`${chart}: ${describe(mark)} (no point of it could be hit-tested)`);
					}
					if (hits > 0) checkedMarks++;
					for (const bg of under.values()) {
						if (bg.n < hits / 4) continue;
						const byFill = p.fill ? ratio(over(p.fill, bg.color), bg.color) : 0;
						const byStroke = p.stroke ? ratio(over(p.stroke, bg.color), bg.color) : 0;
						const best = Math.max(byFill, byStroke);
						if (best >= 3) continue;
						const paint = [
							p.fill ? `fill ${p.cs.fill}` : '',
							p.stroke ? `stroke ${p.cs.stroke} ${strokeWidth}px` : ''
						]
							.filter(Boolean)
							.join(', ');
						const alpha = Math.max(p.fill?.[3] ?? 0, p.stroke?.[3] ?? 0);
						report({
							chart,
							kind: 'mark',
							fact:
								mark.closest('[data-fact]')?.getAttribute('data-fact') ??
								(mark.closest('[data-cells="legend"]') ? 'legend' : ''),
							element: describe(mark),
							paint: alpha < 1 ? `${paint}, opacity ${+alpha.toFixed(2)}` : paint,
							background: `${css(bg.color)} (${bg.what})`,
							ratio: best,
							needed: 3
						});
					}
				}

				// Texts: each text or tspan that holds words of its own.
				for (const run of svg.querySelectorAll('text, tspan')) {
					const words = [...run.childNodes]
						.filter((n) => n.nodeType === Node.TEXT_NODE)
						.map((n) => n.textContent ?? '')
						.join('')
						.trim();
					if (!words) continue;
					const p = paints(run);
					if (!p.fill || p.fill[3] === 0 || p.cs.visibility === 'hidden') continue;
					const r = inView(run);
					if (r.width === 0 || r.height === 0) continue;
					const scale = (run as SVGGraphicsElement).getScreenCTM()?.a ?? 1;
					const size = number(p.cs.fontSize, 16) * Math.abs(scale);
					const bold = number(p.cs.fontWeight, 400) >= 700;
					const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
					checkedTexts++;
					// What is behind the words: sampled on three lines across the text's box.
					const under = new Map<string, { color: RGBA; what: string; n: number }>();
					let samples = 0;
					for (const fy of [0.35, 0.5, 0.65]) {
						for (const fx of [0.1, 0.3, 0.5, 0.7, 0.9]) {
							const x = r.left + r.width * fx;
							const y = r.top + r.height * fy;
							if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
							samples++;
							const bg = behind(run, svg, x, y);
							const key = css(bg.color);
							const known = under.get(key);
							if (known) known.n++;
							else under.set(key, { ...bg, n: 1 });
						}
					}
					for (const bg of under.values()) {
						if (bg.n < samples / 4) continue;
						const got = ratio(over(p.fill, bg.color), bg.color);
						if (got >= needed) continue;
						report({
							chart,
							kind: 'text',
							fact: run.closest('[data-fact]')?.getAttribute('data-fact') ?? '',
							element: `“${words.slice(0, 40)}” (${size.toFixed(1)}px${bold ? ' bold' : ''})`,
							paint: `fill ${p.cs.fill}${p.fill[3] < 1 ? `, opacity ${+p.fill[3].toFixed(2)}` : ''}`,
							background: `${css(bg.color)} (${bg.what}, behind ${Math.round((100 * bg.n) / samples)}% of it)`,
							ratio: got,
							needed
						});
					}
				}
			}
		} finally {
			document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
			window.scrollTo(...scroll);
		}
		return {
			findings: [...findings.values()],
			marks: checkedMarks,
			texts: checkedTexts,
			unsampled: [...new Set(unsampled)]
		};
	});
}

/** `2.99` for a ratio of 2.999: rounded down, so a failing ratio never prints as passing. */
export const floor2 = (x: number) => (Math.floor(x * 100) / 100).toFixed(2);

/** One line for a contrast finding. */
export function formatContrast(f: ContrastFinding): string {
	const what =
		f.kind === 'mark'
			? `mark${f.fact ? ` of ${f.fact}` : ''} ${f.element}`
			: `text ${f.element}${f.fact ? ` in ${f.fact}` : ''}`;
	return `${what}: ${f.paint} on ${f.background}: ${floor2(f.ratio)}:1, needs ${f.needed}:1${f.count > 1 ? ` (${f.count} alike)` : ''}`;
}

// --- Keyboard ---------------------------------------------------------------------------------

/** What happened to one element reached with Tab. */
export interface FocusStep {
	element: string;
	/** A focus indicator is visible: what it is, or '' when there is none. */
	indicator: string;
	/** Why the indicator does not count (no change from unfocused, too faint, …), or ''. */
	indicatorProblem: string;
	/** Whether the element is on screen and not entirely hidden behind something else. */
	visible: string;
	/** What using it with the keyboard showed: '' when fine, else what is wrong. */
	usage: string;
}

export interface KeyboardWalk {
	steps: FocusStep[];
	/** Visible controls that Tab never reached. */
	unreachable: string[];
}

/**
 * Presses Tab until the focus comes back round to the first element it reached, and for each
 * element it reaches checks that a focus indicator is visible (an outline, box-shadow, border,
 * background or underline that differs from the unfocused element; an outline or shadow must
 * have 3:1 contrast with what is behind it), that the element is on screen and not hidden behind
 * another, and, when `use` is set, that it can be used: Enter opens a `<summary>`'s details,
 * Enter on a button does something, and what hovering a custom focusable element (a chart mark)
 * shows, focusing it shows too, and Escape hides. Then lists the visible controls that Tab never
 * reached.
 */
export async function keyboardWalk(
	page: Page,
	{ use = true, maxSteps = 400 } = {}
): Promise<KeyboardWalk> {
	await page.mouse.move(0, 0);
	await page.evaluate(() => {
		const w = window as unknown as { __kb: { reached: Set<Element> } };
		w.__kb = { reached: new Set() };
		window.scrollTo(0, 0);
	});
	const steps: FocusStep[] = [];
	let outside = 0;
	for (let i = 0; i < maxSteps; i++) {
		await page.keyboard.press('Tab');
		const step = await page.evaluate(inspectFocus);
		if (step === 'none') {
			// The focus went to the browser itself, past the last element: the next Tab brings it
			// back to the first, unless the page has nothing to focus.
			if (++outside > 2) break;
			continue;
		}
		outside = 0;
		if (step === 'again') break;
		if (use && step.kind !== 'link' && step.kind !== 'other') {
			step.usage = await useFocused(page, step.kind);
		}
		steps.push({
			element: step.element,
			indicator: step.indicator,
			indicatorProblem: step.indicatorProblem,
			visible: step.visible,
			usage: step.usage
		});
	}
	const unreachable = await page.evaluate((selector) => {
		const w = window as unknown as { __kb: { reached: Set<Element> } };
		return [...document.querySelectorAll(selector)]
			.filter((el) => {
				if (w.__kb.reached.has(el)) return false;
				if (el.matches(':disabled, [inert], [inert] *, [aria-disabled="true"]')) return false;
				// tabindex="-1" takes an element out of the Tab order on purpose, unless it is a
				// native control, which a keyboard user then cannot reach.
				if (
					el.getAttribute('tabindex') === '-1' &&
					!el.matches('a[href], button, input, select, textarea, summary')
				) {
					return false;
				}
				if (el.localName === 'summary' && el.parentElement?.querySelector('summary') !== el) {
					return false;
				}
				const r = el.getBoundingClientRect();
				return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
			})
			.map((el) => {
				const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
				const attrs = ['href', 'tabindex', 'role', 'data-fact']
					.filter((a) => el.hasAttribute(a))
					.map((a) => ` ${a}="${el.getAttribute(a)}"`)
					.join('');
				return `<${el.localName}${attrs}>${text ? ` “${text}”` : ''}`;
			});
	}, CONTROLS);
	return { steps, unreachable };
}

type Inspected =
	| 'none'
	| 'again'
	| {
			element: string;
			kind: 'link' | 'summary' | 'button' | 'custom' | 'other';
			indicator: string;
			indicatorProblem: string;
			visible: string;
			usage: string;
	  };

/** Runs in the page after each Tab: reads the focused element and its focus indicator. */
function inspectFocus(): Inspected {
	type RGBA = [number, number, number, number];
	const w = window as unknown as { __kb: { reached: Set<Element> } };
	const el = document.activeElement;
	if (!el || el === document.body || el === document.documentElement) return 'none';
	if (w.__kb.reached.has(el)) return 'again';
	w.__kb.reached.add(el);
	for (const animation of document.getAnimations()) {
		const end = animation.effect?.getComputedTiming().endTime;
		if (typeof end === 'number' && Number.isFinite(end)) animation.finish();
	}
	const parse = (color: string): RGBA | null => {
		const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+))?/.exec(color);
		return m
			? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])]
			: null;
	};
	const luminance = (c: RGBA) => {
		const lin = (v: number) => {
			const s = v / 255;
			return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
		};
		return 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
	};
	const ratio = (a: RGBA, b: RGBA) => {
		const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
		return (hi! + 0.05) / (lo! + 0.05);
	};
	/** The opaque colour behind an element: its ancestors' backgrounds, composited. */
	const backdrop = (from: Element | null): RGBA => {
		const layers: RGBA[] = [];
		for (let e = from; e; e = e.parentElement) {
			const bg = parse(getComputedStyle(e).backgroundColor);
			if (bg && bg[3] > 0) layers.push(bg);
			if (bg && bg[3] >= 1) break;
		}
		return layers.reverse().reduce<RGBA>(
			(acc, c) => {
				const mix = (i: number) => c[i]! * c[3] + acc[i]! * (1 - c[3]);
				return [mix(0), mix(1), mix(2), 1];
			},
			[255, 255, 255, 1]
		);
	};
	const props = [
		'outline-style',
		'outline-width',
		'outline-color',
		'box-shadow',
		'color',
		'background-color',
		'border-top-color',
		'border-bottom-color',
		'border-top-width',
		'border-bottom-width',
		'text-decoration-line',
		'stroke',
		'stroke-width'
	] as const;
	type Style = Record<(typeof props)[number], string>;
	const read = (): Style => {
		const cs = getComputedStyle(el);
		return Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)])) as Style;
	};
	const focused = read();
	// The same element unfocused: blur it, read, and focus it again by script (which keeps
	// :focus-visible, as the last interaction was a key press).
	(el as HTMLElement).blur();
	const blurred = read();
	(el as HTMLElement).focus({ preventScroll: true });
	const outline = (s: Style) => {
		const color = parse(s['outline-color']);
		const shown =
			s['outline-style'] !== 'none' &&
			parseFloat(s['outline-width']) > 0 &&
			!!color &&
			color[3] > 0;
		return {
			color,
			shown,
			text: `${s['outline-style']} ${s['outline-width']} ${s['outline-color']}`
		};
	};
	const now = outline(focused);
	const before = outline(blurred);
	const behind = backdrop(el.parentElement);
	const rgb = (c: RGBA) => `rgb(${c.slice(0, 3).map(Math.round).join(', ')})`;
	const floor2 = (x: number) => (Math.floor(x * 100) / 100).toFixed(2);
	// Only what can be seen counts: an outline that appears or changes (not merely its offset, nor
	// an outline of style none), a box-shadow, a change of colour, background, border or underline.
	const visibleChanges = props.filter(
		(p) => !p.startsWith('outline') && p !== 'box-shadow' && focused[p] !== blurred[p]
	);
	let indicator = '';
	let indicatorProblem = '';
	if (now.shown && (!before.shown || now.text !== before.text)) {
		indicator = `outline ${now.text}`;
		const c = now.color!;
		const shown = [0, 1, 2].map((i) => c[i]! * c[3] + behind[i]! * (1 - c[3])).concat(1) as RGBA;
		const r = ratio(shown, behind);
		if (r < 3) {
			indicatorProblem = `outline ${focused['outline-color']} on ${rgb(behind)} is ${floor2(r)}:1, needs 3:1`;
		}
	} else if (focused['box-shadow'] !== 'none' && focused['box-shadow'] !== blurred['box-shadow']) {
		indicator = `box-shadow ${focused['box-shadow']}`;
		const shadow = parse(focused['box-shadow']);
		const r = shadow ? ratio(shadow, behind) : 3;
		if (r < 3) {
			indicatorProblem = `box-shadow colour on ${rgb(behind)} is ${floor2(r)}:1, needs 3:1`;
		}
	} else if (visibleChanges.length > 0) {
		indicator = visibleChanges.map((p) => `${p} ${blurred[p]} → ${focused[p]}`).join(', ');
	} else {
		indicatorProblem = `no visible focus indicator: focused and unfocused look the same (outline ${now.text}, box-shadow ${focused['box-shadow']})`;
	}
	// On screen, and not entirely covered by something else (WCAG 2.4.11).
	const r = el.getBoundingClientRect();
	let visible = '';
	if (r.width === 0 || r.height === 0) visible = 'has no size';
	else if (r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth)
		visible = 'is off screen';
	else {
		const points = [
			[0.5, 0.5],
			[0.2, 0.2],
			[0.8, 0.2],
			[0.2, 0.8],
			[0.8, 0.8]
		].map(([fx, fy]) => [r.left + r.width * fx!, r.top + r.height * fy!] as const);
		// An element of an svg (a chart mark) may leave most of its box empty: there, anything
		// of its own drawing shows through.
		const own = el instanceof SVGElement ? (el.ownerSVGElement ?? el) : el;
		const on = points.filter(([x, y]) => {
			if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return false;
			const hit = document.elementFromPoint(x, y);
			return hit !== null && (own.contains(hit) || hit.contains(el));
		});
		if (on.length === 0) {
			const [x, y] = points[0]!;
			const hit = document.elementFromPoint(
				Math.min(Math.max(x, 0), innerWidth - 1),
				Math.min(Math.max(y, 0), innerHeight - 1)
			);
			visible = `is hidden behind <${hit?.localName ?? '?'}${hit?.className && typeof hit.className === 'string' ? ` class="${hit.className}"` : ''}>`;
		}
	}
	const text = (el.getAttribute('aria-label') ?? el.textContent ?? '')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, 50);
	const attrs = ['href', 'tabindex', 'role', 'data-fact']
		.filter((a) => el.hasAttribute(a))
		.map((a) => ` ${a}="${el.getAttribute(a)}"`)
		.join('');
	const native = el.matches('a[href], area[href]')
		? 'link'
		: el.localName === 'summary'
			? 'summary'
			: el.matches(
						'button, [role="button"], input[type="button"], input[type="submit"], input[type="reset"]'
				  )
				? 'button'
				: el.matches('input, select, textarea, iframe, audio, video')
					? 'other'
					: 'custom';
	return {
		element: `<${el.localName}${attrs}>${text ? ` “${text}”` : ''}`,
		kind: native,
		indicator,
		indicatorProblem,
		visible,
		usage: ''
	};
}

/** The page's visible text, to see what an action shows or hides. */
const visibleText = (page: Page) =>
	page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));

/** The text `after` has where it differs from `before` (between their common start and end). */
export function inserted(before: string, after: string): string {
	let start = 0;
	while (start < before.length && start < after.length && before[start] === after[start]) start++;
	let end = 0;
	while (
		end < before.length - start &&
		end < after.length - start &&
		before[before.length - 1 - end] === after[after.length - 1 - end]
	) {
		end++;
	}
	return after.slice(start, after.length - end).trim();
}

/** Uses the focused element with the keyboard; returns what went wrong, or ''. */
async function useFocused(page: Page, kind: 'summary' | 'button' | 'custom'): Promise<string> {
	if (kind === 'summary') {
		const before = await page.evaluate(
			() => (document.activeElement?.parentElement as HTMLDetailsElement | null)?.open
		);
		await page.keyboard.press('Enter');
		const after = await page.evaluate(
			() => (document.activeElement?.parentElement as HTMLDetailsElement | null)?.open
		);
		return before === after ? 'Enter does not open or close its <details>' : '';
	}
	if (kind === 'button') {
		const changed = await page.evaluate(() => {
			const w = window as unknown as { __kbChange: boolean; __kbObserver?: MutationObserver };
			w.__kbChange = false;
			w.__kbObserver = new MutationObserver(() => (w.__kbChange = true));
			w.__kbObserver.observe(document, {
				subtree: true,
				childList: true,
				attributes: true,
				characterData: true
			});
			return location.href;
		});
		await page.keyboard.press('Enter');
		// A button may answer after a promise (the clipboard): wait up to 2 s for any change.
		const result = await page
			.waitForFunction(
				(href) =>
					(window as unknown as { __kbChange: boolean }).__kbChange || location.href !== href,
				changed,
				{ timeout: 2000, polling: 50 }
			)
			.then(
				() => true,
				() => false
			);
		await page.evaluate(() =>
			(window as unknown as { __kbObserver?: MutationObserver }).__kbObserver?.disconnect()
		);
		return result ? '' : 'Enter does nothing visible (no change to the page)';
	}
	// A custom focusable element (a chart mark): hover shows something, focus must show it too,
	// and Escape must hide it (WCAG 2.1.1, 1.4.13).
	const focused = await visibleText(page);
	await page.keyboard.press('Escape');
	const escaped = await visibleText(page);
	const box = await page.evaluate(() => {
		const el = document.activeElement!;
		const r = el.getBoundingClientRect();
		// Hover a point of the element itself, not just its box.
		for (const [fx, fy] of [
			[0.5, 0.5],
			[0.25, 0.5],
			[0.75, 0.5],
			[0.5, 0.25],
			[0.5, 0.75]
		] as const) {
			const x = r.left + r.width * fx;
			const y = r.top + r.height * fy;
			const hit = document.elementFromPoint(x, y);
			if (hit && el.contains(hit)) return { x, y };
		}
		return null;
	});
	if (!box) return '';
	await page.mouse.move(box.x, box.y);
	const hovered = await visibleText(page);
	await page.mouse.move(0, 0);
	const rest = await visibleText(page);
	const onFocus = inserted(rest, focused);
	const onHover = inserted(rest, hovered);
	const problems: string[] = [];
	if (onHover && !onFocus.includes(onHover)) {
		problems.push(`hovering shows “${onHover.slice(0, 120)}” but keyboard focus does not`);
	}
	if (onFocus && escaped === focused) {
		problems.push(`Escape does not hide “${onFocus.slice(0, 120)}”, shown on focus`);
	}
	return problems.join('; ');
}

/** The problems of a keyboard walk, one line each. */
export function keyboardProblems(walk: KeyboardWalk): string[] {
	return [
		...walk.steps.flatMap((s) => [
			...(s.indicatorProblem ? [`${s.element}: ${s.indicatorProblem}`] : []),
			...(s.visible ? [`${s.element}: focused but ${s.visible}`] : []),
			...(s.usage ? [`${s.element}: ${s.usage}`] : [])
		]),
		...walk.unreachable.map((u) => `${u}: visible control that Tab never reaches`)
	];
}

// --- Reduced motion ---------------------------------------------------------------------------

/**
 * For a page opened with `reducedMotion: 'reduce'`: every transition, animation and smooth
 * scrolling the CSS declares (on every element and its ::before and ::after), any SVG (SMIL)
 * animation element, then every animation that runs after load, and while one control of each
 * kind is hovered and focused. Anything longer than 0.01 s is a finding.
 */
export async function motionUnderReduce(page: Page): Promise<string[]> {
	const found = new Map<string, string>();
	const running = async (when: string) => {
		const lines = await page.evaluate(() =>
			document.getAnimations().flatMap((a) => {
				const ms = Number(a.effect?.getComputedTiming().activeDuration ?? 0);
				if (a.playState !== 'running' || !(ms > 10)) return [];
				const target = (a.effect as KeyframeEffect | null)?.target;
				const name =
					a instanceof CSSAnimation
						? `animation ${a.animationName}`
						: a instanceof CSSTransition
							? `transition of ${a.transitionProperty}`
							: `script animation${a.id ? ` ${a.id}` : ''}`;
				const where = target
					? `<${target.localName}${target.getAttribute('class') ? ` class="${target.getAttribute('class')}"` : ''}>`
					: '(no target)';
				return [`${name} on ${where}, ${ms} ms`];
			})
		);
		for (const line of lines) if (!found.has(line)) found.set(line, when);
	};
	await running('after load');
	const declared = await page.evaluate(() => {
		const seconds = (list: string) =>
			list.split(',').map((t) => (t.trim().endsWith('ms') ? parseFloat(t) / 1000 : parseFloat(t)));
		const out: string[] = [];
		for (const el of document.querySelectorAll('*')) {
			for (const pseudo of [null, '::before', '::after']) {
				const cs = getComputedStyle(el, pseudo);
				const where = `<${el.localName}${el.getAttribute('class') ? ` class="${el.getAttribute('class')}"` : ''}>${pseudo ?? ''}`;
				const props = cs.transitionProperty.split(',').map((p) => p.trim());
				const longest = Math.max(
					...seconds(cs.transitionDuration).map((s, i) =>
						(props[i % props.length] ?? 'all') === 'none' ? 0 : s
					)
				);
				if (longest > 0.01)
					out.push(`transition ${cs.transitionProperty} ${cs.transitionDuration} on ${where}`);
				if (cs.animationName !== 'none' && Math.max(...seconds(cs.animationDuration)) > 0.01) {
					out.push(`animation ${cs.animationName} ${cs.animationDuration} on ${where}`);
				}
			}
			if (getComputedStyle(el).scrollBehavior === 'smooth')
				out.push(`scroll-behavior: smooth on <${el.localName}>`);
		}
		for (const el of document.querySelectorAll('animate, animateMotion, animateTransform, set')) {
			out.push(`SVG <${el.localName}> animation (SMIL ignores prefers-reduced-motion)`);
		}
		return out;
	});
	for (const line of declared) if (!found.has(line)) found.set(line, 'declared');
	// Hover, then focus, one visible control of each kind (tag, classes and role, and those of its
	// parent: controls of a kind share their CSS rules).
	const kinds = await page.evaluate((selector) => {
		const seen = new Set<string>();
		const targets: Element[] = [];
		const names: string[] = [];
		const name = (e: Element | null) =>
			e
				? `${e.localName}${e.getAttribute('class') ? `.${e.getAttribute('class')!.trim().split(/\s+/).join('.')}` : ''}`
				: '';
		for (const el of document.querySelectorAll(selector)) {
			const r = el.getBoundingClientRect();
			if (r.width === 0 || r.height === 0) continue;
			const key = `${name(el.parentElement)} > ${name(el)}[role=${el.getAttribute('role')}]`;
			if (seen.has(key)) continue;
			seen.add(key);
			targets.push(el);
			names.push(`<${name(el)}>`);
		}
		(window as unknown as { __motionTargets: Element[] }).__motionTargets = targets;
		return names;
	}, CONTROLS);
	// One key press first, so that focusing by script shows focus as it does for the keyboard.
	await page.keyboard.press('Shift');
	for (const [i, name] of kinds.entries()) {
		const point = await page.evaluate((i) => {
			const el = (window as unknown as { __motionTargets: Element[] }).__motionTargets[i]!;
			el.scrollIntoView({ block: 'center', inline: 'center' });
			const r = el.getBoundingClientRect();
			return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
		}, i);
		await page.mouse.move(point.x, point.y);
		await running(`on hover of ${name}`);
		await page.evaluate((i) => {
			const el = (window as unknown as { __motionTargets: HTMLElement[] }).__motionTargets[i]!;
			el.focus();
		}, i);
		await running(`on focus of ${name}`);
	}
	await page.mouse.move(0, 0);
	return [...found].map(([line, when]) => `${line} (${when})`);
}
