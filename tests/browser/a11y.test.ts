// Accessibility, over every page the crawler finds (tests/browser/crawl.ts), embeds included:
// axe-core finds no WCAG 2.2 A/AA violation in light or dark colour schemes (and without
// JavaScript); the text and marks inside the charts, which axe skips, have enough contrast; a
// keyboard user sees where the focus is on every focusable element; and a reader who asks for
// reduced motion gets no animation or transition longer than 0.01 s.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, siteURL } from './browser';
import { crawlSite, describePage, readablePages, type CrawledPage } from './crawl';

const site = await crawlSite(siteURL('/'));
/** Every page but those that only redirect with a meta refresh. */
const pages = readablePages(site);
/**
 * The pages to check in a colour scheme: an embed variant that forces a scheme (`…/dark`) looks
 * the same whatever the reader's, so it is checked once, in its own.
 */
const pagesIn = (scheme: 'light' | 'dark') =>
	pages.filter((page) => !page.forcedScheme || page.forcedScheme === scheme);
const cases = (list: CrawledPage[]) => list.map((page) => [describePage(page), page] as const);

/** The WCAG 2.0, 2.1 and 2.2 levels A and AA: a violation of any of these fails a test. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One rule's violations, as axe reports them. */
type Result = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/**
 * Opens a site page in a fresh context and waits for the network, the fonts and a frame.
 * `withoutScripts` serves the page's HTML with its scripts and module preloads removed: what a
 * reader without JavaScript gets. (A context with JavaScript disabled cannot run axe: its timers
 * never fire.)
 */
async function load(url: string, options: BrowserContextOptions, withoutScripts = false) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
	context.setDefaultTimeout(15_000);
	if (withoutScripts) {
		await context.route(
			(u) => u.origin === site.origin,
			async (route) => {
				if (route.request().resourceType() !== 'document') return route.continue();
				const response = await route.fetch();
				const html = (await response.text())
					.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
					.replace(/<link\b[^>]*\brel=["']?modulepreload\b[^>]*>/gi, '');
				await route.fulfill({ response, body: html });
			}
		);
	}
	const page = await context.newPage();
	await page.goto(url, { waitUntil: withoutScripts ? 'load' : 'networkidle' });
	await page.evaluate(() =>
		document.fonts.ready.then(() => new Promise((done) => requestAnimationFrame(done)))
	);
	return { page, close: () => context.close() };
}

/** axe's violations, one block per rule: id, impact, help, then each node's selector and why. */
function formatViolations(violations: Result[]): string {
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

const runs = [
	{ name: 'light', options: { colorScheme: 'light' } },
	{ name: 'dark', options: { colorScheme: 'dark' } },
	{ name: 'light, without JavaScript', options: { colorScheme: 'light' }, withoutScripts: true }
] as const;

/** axe's best-practice findings (not WCAG criteria), printed once at the end, failing nothing. */
const advice = new Map<string, { help: string; where: Set<string> }>();
afterAll(() => {
	if (advice.size === 0) return;
	const lines = [...advice].map(
		([id, { help, where }]) => `${id} (${help})\n  ${[...where].join('\n  ')}`
	);
	console.log(`axe best practices (advice, not failing):\n${lines.join('\n')}`);
});

describe.each(runs)('axe-core, WCAG 2.2 A and AA ($name)', (run) => {
	const { name, options } = run;
	it.each(cases(pagesIn(options.colorScheme)))('%s has no violations', async (label, crawled) => {
		const { page, close } = await load(crawled.url, options, 'withoutScripts' in run);
		try {
			const results = await new AxeBuilder({ page })
				.withTags([...WCAG_TAGS, 'best-practice'])
				.analyze();
			const wcag = results.violations.filter((v) => v.tags.some((t) => WCAG_TAGS.includes(t)));
			for (const v of results.violations.filter((v) => !wcag.includes(v))) {
				const entry = advice.get(v.id) ?? { help: `${v.impact}: ${v.help}`, where: new Set() };
				for (const node of v.nodes) entry.where.add(`${label}: ${node.target.join(' ')}`);
				advice.set(v.id, entry);
			}
			if (wcag.length > 0) {
				console.log(`axe WCAG violations on ${label}, ${name}:\n${formatViolations(wcag)}`);
			}
			expect(wcag.length, `WCAG violations on ${label} (${name}):\n${formatViolations(wcag)}`).toBe(
				0
			);
		} finally {
			await close();
		}
	});
});

/** The computed focus styles of an element, and where it sits. */
interface FocusStep {
	element: string;
	focused: { outline: string; outlineVisible: boolean; boxShadow: string };
	blurred: { outline: string; boxShadow: string };
	onScreen: boolean;
}

/**
 * Presses Tab until the focus leaves the page or comes back round, and returns, for every element
 * it reached, its outline and box-shadow while focused and once the focus had moved on.
 */
async function tabThrough(page: Page): Promise<FocusStep[]> {
	await page.evaluate(() => {
		(window as unknown as { __focusSteps: unknown[] }).__focusSteps = [];
	});
	const reached: string[] = [];
	for (let i = 0; i < 400; i++) {
		await page.keyboard.press('Tab');
		const step = await page.evaluate(async () => {
			type Pending = { el: Element; element: string; focused: unknown; onScreen: boolean };
			const w = window as unknown as { __focusSteps: unknown[]; __focusPending?: Pending };
			const read = (el: Element) => {
				const cs = getComputedStyle(el);
				const width = parseFloat(cs.outlineWidth) || 0;
				const transparent = /^transparent$|rgba\(.*,\s*0\)$|\/\s*0\)$/.test(cs.outlineColor);
				return {
					outline: `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor} offset ${cs.outlineOffset}`,
					outlineVisible: cs.outlineStyle !== 'none' && width > 0 && !transparent,
					boxShadow: cs.boxShadow
				};
			};
			const el = document.activeElement;
			const pending = w.__focusPending;
			// The element focused before has now lost the focus: read it blurred.
			if (pending && pending.el !== el) {
				const { outline, boxShadow } = read(pending.el);
				w.__focusSteps.push({ ...pending, el: undefined, blurred: { outline, boxShadow } });
				w.__focusPending = undefined;
			}
			if (!el || el === document.body || el === document.documentElement) return null;
			if (pending?.el === el) return 'same';
			// Let a focus transition end before reading the focused style.
			await Promise.race([
				Promise.all(el.getAnimations().map((a) => a.finished.catch(() => undefined))),
				new Promise((done) => setTimeout(done, 1000))
			]);
			const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
			const href = el.getAttribute('href');
			const element =
				`<${el.localName}${el.id ? `#${el.id}` : ''}${el.getAttribute('class') ? `.${el.getAttribute('class')!.trim().split(/\s+/).join('.')}` : ''}>` +
				(href ? ` href="${href}"` : '') +
				(text ? ` "${text}"` : '');
			const r = el.getBoundingClientRect();
			const onScreen =
				r.width > 0 &&
				r.height > 0 &&
				r.right > 0 &&
				r.bottom > 0 &&
				r.left < innerWidth &&
				r.top < innerHeight;
			w.__focusPending = { el, element, focused: read(el), onScreen };
			return element;
		});
		if (step === 'same') continue;
		if (step === null) {
			if (reached.length > 0) break;
			continue;
		}
		if (reached.includes(step) && step === reached[0]) break;
		reached.push(step);
	}
	// Move the focus off the last element so that it too is read blurred.
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
	return page.evaluate(() => {
		type Pending = { el: Element; element: string; focused: unknown; onScreen: boolean };
		const w = window as unknown as { __focusSteps: unknown[]; __focusPending?: Pending };
		const pending = w.__focusPending;
		if (pending) {
			const cs = getComputedStyle(pending.el);
			const outline = `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor} offset ${cs.outlineOffset}`;
			w.__focusSteps.push({
				...pending,
				el: undefined,
				blurred: { outline, boxShadow: cs.boxShadow }
			});
		}
		return w.__focusSteps as FocusStep[];
	});
}

/** One page of each kind the crawl found: the gallery, a chart page and an embed. */
function keyboardPages(): CrawledPage[] {
	const chart = pages.find(
		(p) => p.kind === 'page' && p.document.querySelector('pre[data-snippet="iframe"]')
	);
	const gallery =
		pages.find((p) => p.pathname === '/') ??
		pages.find((p) => p.document.querySelector('[data-chart-card]'));
	const embed = pages.find((p) => p.kind === 'embed');
	return [chart, gallery, embed].filter((p): p is CrawledPage => p !== undefined);
}

/**
 * Contrast inside the charts, which axe-core does not check (it skips SVG): every visible text of
 * a chart's svg against what is drawn behind it (4.5:1, or 3:1 for large text, WCAG 1.4.3), and
 * every data mark against what is drawn behind it, by its fill or its outline (3:1, WCAG 1.4.11;
 * lines such as grid lines and axes are left out as decoration). Returns one line per failure.
 */
function chartContrast(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		type RGBA = [number, number, number, number];
		const probe = document.createElement('canvas').getContext('2d')!;
		const parse = (color: string): RGBA | null => {
			if (!color || color === 'none' || color.startsWith('url(')) return null;
			// Let the canvas normalise any CSS colour to #rrggbb or rgba().
			probe.fillStyle = '#000000';
			probe.fillStyle = color;
			const c = probe.fillStyle;
			if (c.startsWith('#')) {
				return [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)).concat(1) as RGBA;
			}
			const m = /rgba?\(([^)]+)\)/.exec(c);
			if (!m) return null;
			const [r = 0, g = 0, b = 0, a = 1] = m[1]!.split(',').map(Number);
			return [r, g, b, a];
		};
		const over = (top: RGBA, bottom: RGBA): RGBA => {
			const a = top[3];
			return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as RGBA;
		};
		const luminance = ([r, g, b]: RGBA) => {
			const lin = (v: number) => {
				const s = v / 255;
				return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
			};
			return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
		};
		const ratio = (a: RGBA, b: RGBA) => {
			const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
			return (hi! + 0.05) / (lo! + 0.05);
		};
		const opacity = (el: Element, stop: Element) => {
			let o = 1;
			for (let e: Element | null = el; e && e !== stop.parentElement; e = e.parentElement) {
				o *= parseFloat(getComputedStyle(e).opacity) || 0;
			}
			return o;
		};
		/** The page's colour behind an element: ancestors' backgrounds, composited. */
		const backdrop = (el: Element): RGBA => {
			const layers: RGBA[] = [];
			for (let e: Element | null = el; e; e = e.parentElement) {
				const bg = parse(getComputedStyle(e).backgroundColor);
				if (bg && bg[3] > 0) layers.push(bg);
				if (bg && bg[3] === 1) break;
			}
			return layers.reverse().reduce<RGBA>((acc, layer) => over(layer, acc), [255, 255, 255, 1]);
		};
		const floor2 = (x: number) => (Math.floor(x * 100) / 100).toFixed(2);
		const name = (el: Element) =>
			`<${el.localName}${el.closest('[data-fact]') ? ` in [data-fact="${el.closest('[data-fact]')!.getAttribute('data-fact')}"]` : ''}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
		const out: string[] = [];
		/** Marks failing alike, counted: a grid of 99 squares makes one line. */
		const marks = new Map<string, { first: string; count: number }>();
		for (const svg of document.querySelectorAll('svg')) {
			const box = svg.getBoundingClientRect();
			// Charts, not icons: any visible svg of some size, whatever its role.
			if (box.width < 100 || box.height < 40 || svg.parentElement?.closest('svg')) continue;
			const id =
				svg.querySelector('title')?.id ||
				svg.getAttribute('aria-labelledby') ||
				(svg.querySelector('title')?.textContent ?? 'svg').slice(0, 40);
			const scale = box.width / ((svg as SVGSVGElement).viewBox.baseVal?.width || box.width);
			const page = backdrop(svg);
			for (const text of svg.querySelectorAll('text')) {
				const cs = getComputedStyle(text);
				const rect = text.getBoundingClientRect();
				if (rect.width === 0 || cs.visibility === 'hidden' || cs.display === 'none') continue;
				const fill = parse(cs.fill);
				if (!fill) continue;
				fill[3] *= (parseFloat(cs.fillOpacity) || 0) * opacity(text, svg);
				// What is painted under the middle of the text: a filled shape, or the page.
				svg.scrollIntoView({ block: 'center' });
				const r = text.getBoundingClientRect();
				const under = document
					.elementsFromPoint(r.left + r.width / 2, r.top + r.height / 2)
					.find(
						(e) =>
							svg.contains(e) &&
							!(e instanceof SVGTextContentElement) &&
							['rect', 'path', 'circle', 'polygon', 'ellipse'].includes(e.localName) &&
							getComputedStyle(e).fill !== 'none'
					);
				let behind = page;
				if (under) {
					const shape = parse(getComputedStyle(under).fill);
					if (!shape) {
						out.push(`${id}: ${name(text)} sits on a pattern: check its contrast by eye`);
						continue;
					}
					shape[3] *= (parseFloat(getComputedStyle(under).fillOpacity) || 0) * opacity(under, svg);
					behind = over(shape, page);
				}
				const size = parseFloat(cs.fontSize) * scale;
				const bold = parseInt(cs.fontWeight, 10) >= 700;
				const large = size >= 24 || (bold && size >= 18.66);
				const needed = large ? 3 : 4.5;
				const got = ratio(over(fill, behind), behind);
				if (got < needed) {
					out.push(
						`${id}: text ${name(text)} ${cs.fill} on rgb(${behind.slice(0, 3).map(Math.round).join(', ')}): ${floor2(got)}:1, needs ${needed}:1 (${size.toFixed(1)}px${bold ? ' bold' : ''})`
					);
				}
			}
			// The data marks: inside a fact's group where the chart marks its facts (`data-fact`),
			// else every shape. Each must stand out from what is drawn right behind it, by its fill or
			// by its outline (3:1, WCAG 1.4.11); base layers such as a map's land and sea are not marks.
			const SHAPES = 'rect, path, circle, polygon, ellipse';
			const facts = svg.querySelectorAll('[data-fact]');
			const shapes = facts.length
				? [...facts].flatMap((fact) => [...fact.querySelectorAll(SHAPES)])
				: [...svg.querySelectorAll(SHAPES)];
			for (const shape of shapes) {
				if (shape.closest('defs, pattern, clipPath, mask')) continue;
				const cs = getComputedStyle(shape);
				const rect = shape.getBoundingClientRect();
				if (rect.width === 0 && rect.height === 0) continue;
				const alpha = opacity(shape, svg);
				const fill = parse(cs.fill);
				if (fill) fill[3] *= (parseFloat(cs.fillOpacity) || 0) * alpha;
				const stroke = parseFloat(cs.strokeWidth) * scale >= 1 ? parse(cs.stroke) : null;
				if (stroke) stroke[3] *= (parseFloat(cs.strokeOpacity) || 0) * alpha;
				if (!fill && !stroke) continue;
				// What is painted right behind it: another shape of the chart, or the page.
				const under = document
					.elementsFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2)
					.find(
						(e) =>
							e !== shape &&
							svg.contains(e) &&
							!shape.contains(e) &&
							!e.contains(shape) &&
							SHAPES.split(', ').includes(e.localName) &&
							parse(getComputedStyle(e).fill) !== null
					);
				let behind = page;
				if (under) {
					const color = parse(getComputedStyle(under).fill)!;
					color[3] *= (parseFloat(getComputedStyle(under).fillOpacity) || 0) * opacity(under, svg);
					behind = over(color, page);
				}
				const best = Math.max(
					fill ? ratio(over(fill, behind), behind) : 0,
					stroke ? ratio(over(stroke, behind), behind) : 0
				);
				if (best < 3) {
					const attrs = ['x', 'y', 'cx', 'cy', 'd', 'opacity', 'fill-opacity', 'stroke-opacity']
						.map((a) =>
							shape.hasAttribute(a) ? ` ${a}="${shape.getAttribute(a)!.slice(0, 24)}"` : ''
						)
						.join('');
					const fact = shape.closest('[data-fact]')?.getAttribute('data-fact');
					const what = `${id}: mark${fact ? ` of ${fact}` : ''} (fill ${cs.fill}, stroke ${cs.stroke}) on rgb(${behind.slice(0, 3).map(Math.round).join(', ')}): ${floor2(best)}:1, needs 3:1`;
					const known = marks.get(what);
					if (known) known.count++;
					else marks.set(what, { first: `<${shape.localName}${attrs}>`, count: 1 });
				}
			}
		}
		for (const [what, { first, count }] of marks) {
			out.push(count > 1 ? `${what}: ${count} marks, the first ${first}` : `${what}: ${first}`);
		}
		return [...new Set(out)];
	});
}

describe.each(['light', 'dark'] as const)('contrast inside the charts (%s)', (colorScheme) => {
	it.each(cases(pagesIn(colorScheme).filter((p) => p.document.querySelector('svg'))))(
		'%s: chart text 4.5:1 (large 3:1), marks 3:1',
		async (_, crawled) => {
			const { page, close } = await load(crawled.url, { colorScheme });
			try {
				expect(await chartContrast(page)).toEqual([]);
			} finally {
				await close();
			}
		}
	);
});

describe('keyboard', () => {
	it('the crawl found a chart page to tab through', () => {
		expect(keyboardPages()[0]?.document.querySelector('pre[data-snippet="iframe"]')).toBeTruthy();
	});

	for (const colorScheme of ['light', 'dark'] as const) {
		it.each(cases(keyboardPages()))(
			`%s (${colorScheme}): every element reached by Tab shows a visible focus indicator`,
			async (_, crawled) => {
				const { page, close } = await load(crawled.url, { colorScheme });
				try {
					const steps = await tabThrough(page);
					if (crawled.document.querySelector('a[href], button, summary, input, select, textarea')) {
						expect(steps.length, 'elements reached with Tab').toBeGreaterThan(0);
					}
					const problems = steps.flatMap((step) => {
						const { focused, blurred } = step;
						const indicator = focused.outlineVisible || focused.boxShadow !== 'none';
						const changed =
							focused.outline !== blurred.outline || focused.boxShadow !== blurred.boxShadow;
						const out: string[] = [];
						if (!indicator || !changed) {
							out.push(
								`${step.element}: no visible focus indicator (focused: outline ${focused.outline}, box-shadow ${focused.boxShadow}; unfocused: outline ${blurred.outline}, box-shadow ${blurred.boxShadow})`
							);
						}
						if (!step.onScreen) out.push(`${step.element}: focused but not on screen`);
						return out;
					});
					expect(problems).toEqual([]);
				} finally {
					await close();
				}
			}
		);
	}
});

describe('prefers-reduced-motion: reduce', () => {
	it.each(cases(pages))(
		'%s: no animation or transition longer than 0.01 s, even on hover and focus',
		async (_, crawled) => {
			const { page, close } = await load(crawled.url, { reducedMotion: 'reduce' });
			try {
				/** Each finding, with when it was first seen. */
				const found = new Map<string, string>();
				const running = async (when: string) => {
					for (const line of await page.evaluate(() =>
						document.getAnimations().flatMap((a) => {
							const timing = a.effect?.getComputedTiming();
							const ms = Number(timing?.activeDuration ?? 0);
							if (a.playState !== 'running' || !(ms > 10)) return [];
							const target = (a.effect as KeyframeEffect | null)?.target;
							const name =
								a instanceof CSSAnimation
									? `animation ${a.animationName}`
									: a instanceof CSSTransition
										? `transition of ${a.transitionProperty}`
										: `script animation ${a.id}`;
							const where = target
								? `<${target.localName}${target.getAttribute('class') ? ` class="${target.getAttribute('class')}"` : ''}>`
								: '(no target)';
							return [`${name} on ${where}, ${ms} ms`];
						})
					)) {
						if (!found.has(line)) found.set(line, when);
					}
				};
				await running('after load');

				// Declared transitions and animations, which would run when something triggers them.
				for (const line of await page.evaluate(() => {
					const seconds = (list: string) =>
						list
							.split(',')
							.map((t) => (t.trim().endsWith('ms') ? parseFloat(t) / 1000 : parseFloat(t)));
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
							if (longest > 0.01) {
								out.push(
									`transition ${cs.transitionProperty} ${cs.transitionDuration} on ${where}`
								);
							}
							if (
								cs.animationName !== 'none' &&
								Math.max(...seconds(cs.animationDuration)) > 0.01
							) {
								out.push(`animation ${cs.animationName} ${cs.animationDuration} on ${where}`);
							}
						}
						if (getComputedStyle(el).scrollBehavior === 'smooth') {
							out.push(`scroll-behavior: smooth on <${el.localName}>`);
						}
					}
					return out;
				})) {
					if (!found.has(line)) found.set(line, 'declared');
				}

				// Hover each visible interactive element, then tab through the page.
				const targets = page.locator('a[href], button, summary, [tabindex], input, select');
				for (const target of await targets.all()) {
					const box = await target.boundingBox();
					if (!box || box.width === 0 || box.height === 0) continue;
					await target.scrollIntoViewIfNeeded();
					const now = await target.boundingBox();
					if (!now) continue;
					await page.mouse.move(now.x + now.width / 2, now.y + now.height / 2);
					await running('on hover');
				}
				await page.mouse.move(0, 0);
				for (let i = 0; i < 60; i++) {
					await page.keyboard.press('Tab');
					await running('on focus');
				}
				expect([...found].map(([line, when]) => `${line} (${when})`)).toEqual([]);
			} finally {
				await close();
			}
		}
	);
});
