// Accessibility of every page the crawler finds (tests/browser/crawl/site.ts), embeds included, in
// light and dark colour schemes:
// - axe-core finds no WCAG 2.0/2.1/2.2 A or AA violation. Each page loads once and is checked in
//   light, then in dark by switching the emulated colour scheme (only axe's colour rules run again
//   when the layout is unchanged); the `/light` and `/dark` embed variants, which force a scheme,
//   are checked in theirs. Without JavaScript, one page per set of stylesheets is checked too.
// - The marks of every SVG chart stand out from what is drawn right behind them (3:1, WCAG 1.4.11)
//   and its texts are legible (4.5:1, or 3:1 when large, WCAG 1.4.3): axe does not look inside SVG.
// - Tab reaches every visible control, each shows a visible focus indicator (in light and dark)
//   and is not hidden, and each can be used with the keyboard: one page per set of controls.
// - A reader who asks for reduced motion gets no animation, transition or smooth scrolling: one
//   page per set of stylesheets, since CSS decides it.
// - No request of any of these pages leaves the site or fails.
// Pages load six at a time in reused tabs of one browser; every check is queued at the start.
// DEREK_CRAWL_TIMINGS=1 prints where the time went.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { OFFLINE, siteURL, useBrowser } from './browser';
import { formatViolations, runAxe, wcagViolations } from './checks/axe';
import { keyboardProblems, keyboardWalk } from './checks/keyboard';
import { motionUnderReduce } from './checks/motion';
import { auditSchemes, type Scheme } from './checks/schemes';
import { formatContrast, type ContrastFinding } from './checks/svg-contrast';
import { Tabs, type VisitOptions } from './checks/tabs';
import { builtPagePaths, describePage, readablePages, representatives } from './crawl/checks';
import { CONTROLS } from './crawl/keys';
import { crawlSite } from './crawl/site';
import type { CrawledPage } from './crawl/types';

// Every check is queued when the file starts and tests await their own: a test run alone (-t)
// may wait for the checks queued before it.
vi.setConfig({ testTimeout: 300_000 });

const crawlStart = Date.now();
const site = await crawlSite(siteURL('/'), { knownPaths: builtPagePaths(inject('buildDir')) });
const crawlTime = Date.now() - crawlStart;
/** Every page but those that only redirect with a meta refresh. */
const pages = readablePages(site);
const SCHEMES: Scheme[] = ['light', 'dark'];
/**
 * The colour schemes to check a page in: an embed variant that forces a scheme (`…/dark`) looks
 * the same whatever the reader's, so it is checked once, in its own.
 */
const schemesOf = (page: CrawledPage): Scheme[] =>
	page.forcedScheme ? [page.forcedScheme] : [...SCHEMES];
/** One page per set of stylesheets, and one per set of controls (words and charts aside). */
const byStyle = representatives(pages, (p) => p.styleKey);
const byControls = representatives(pages, (p) => p.controlsKey);
const alike = (group: { standsFor: CrawledPage[] }) =>
	group.standsFor.length > 1 ? ` (and ${group.standsFor.length - 1} pages alike)` : '';

const chromium = useBrowser({ args: OFFLINE });
let tabs: Tabs;

/** What a check found, or the error that stopped it. */
interface Checked<T> {
	result?: T;
	error?: string;
	/** Requests to other origins, and requests to the site that failed, while the page was open. */
	network: string[];
}

/**
 * Each check runs once (memoised), in a tab of the shared pool. Everything is queued when the file
 * starts, so pages load and are checked while earlier tests report.
 */
const work = new Map<string, Promise<Checked<unknown>>>();
/** How long each check took (load included), printed at the end if DEREK_CRAWL_TIMINGS is set. */
const timings: [string, number][] = [];
function once<T>(
	key: string,
	url: string,
	options: VisitOptions,
	check: (page: Page) => Promise<T>
): Promise<Checked<T>> {
	let job = work.get(key);
	if (!job) {
		job = tabs
			.visit(url, options, ({ page }) => check(page))
			.then(
				({ result, visit }) => {
					timings.push([key, Date.now() - visit.started]);
					return { result, network: [...visit.offsite, ...visit.failures] };
				},
				(error: Error) => ({ error: error.stack ?? String(error), network: [] })
			);
		work.set(key, job);
	}
	return job as Promise<Checked<T>>;
}

/** axe and the charts' contrast, on one load of the page for all its colour schemes. */
const audit = (page: CrawledPage) =>
	once(`audit ${page.url}`, page.url, { colorScheme: schemesOf(page)[0] }, (p) =>
		auditSchemes(p, schemesOf(page), { charts: page.document.querySelector('svg') !== null })
	);

const withoutScripts = (page: CrawledPage) =>
	once(`no-js ${page.url}`, page.url, { withoutScripts: true }, async (p) =>
		wcagViolations(await runAxe(p))
	);

/**
 * Walks the page with Tab in light, using each control, then again in dark for the focus styles
 * (how controls work does not depend on the colour scheme).
 */
const keyboard = (page: CrawledPage) =>
	once(`keyboard ${page.url}`, page.url, { colorScheme: 'light' }, async (p) => {
		const light = await keyboardWalk(p, { use: true });
		await p.emulateMedia({ colorScheme: 'dark' });
		const dark = await keyboardWalk(p, { use: false });
		return {
			light: { problems: keyboardProblems(light), reached: light.steps.length },
			dark: { problems: keyboardProblems(dark), reached: dark.steps.length }
		};
	});

const motion = (page: CrawledPage) =>
	once(`motion ${page.url}`, page.url, { reducedMotion: 'reduce' }, motionUnderReduce);

const auditCases = pages.flatMap((page) =>
	schemesOf(page).map((scheme) => [`${describePage(page)} (${scheme})`, page, scheme] as const)
);
const keyboardCases = byControls.flatMap((group) =>
	SCHEMES.map(
		(scheme) => [`${describePage(group.page)}${alike(group)} (${scheme})`, group, scheme] as const
	)
);
const styleCases = byStyle.map(
	(group) => [`${describePage(group.page)}${alike(group)}`, group] as const
);

beforeAll(async () => {
	tabs = new Tabs(chromium.browser, site.origin);
	// Queue everything, in the order the tests read it.
	for (const page of pages) void audit(page);
	for (const [, group] of styleCases) void withoutScripts(group.page);
	for (const group of byControls) void keyboard(group.page);
	for (const [, group] of styleCases) void motion(group.page);
});
afterAll(async () => {
	if (process.env.DEREK_CRAWL_TIMINGS) {
		const byKind = new Map<string, number>();
		for (const [key, ms] of timings) {
			const kind = key.split(' ')[0]!;
			byKind.set(kind, (byKind.get(kind) ?? 0) + ms);
		}
		const slowest = [...timings].sort((a, b) => b[1] - a[1]).slice(0, 10);
		console.log(
			`crawl ${crawlTime} ms; checks, ms summed over the tabs: ${JSON.stringify(Object.fromEntries(byKind))}\n` +
				`slowest:\n  ${slowest.map(([k, ms]) => `${k} ${ms}`).join('\n  ')}\n` +
				`sets of controls: ${byControls.map((g) => `${g.page.pathname} ×${g.standsFor.length}`).join(', ')}`
		);
	}
	await tabs?.close();
});

/** The result of a check, or a failed test naming what stopped it. */
function resultOf<T>(checked: Checked<T>, where: string): T {
	expect(checked.error, `${where}: the check could not run`).toBeUndefined();
	return checked.result as T;
}

describe('the crawl', () => {
	it('found every kind of page, and what no link leads to', () => {
		const count = (kind: CrawledPage['kind']) => pages.filter((p) => p.kind === kind).length;
		const unlinked = site.pages.filter((p) => p.foundVia === 'build').map((p) => p.pathname);
		console.log(
			`a11y crawl: ${pages.length} pages to read (${count('page')} pages, ${count('embed')} embeds, ` +
				`${count('not-found')} unknown address); ${byStyle.length} sets of stylesheets, ` +
				`${byControls.length} sets of controls` +
				(unlinked.length ? `; found only in the build folder: ${unlinked.join(', ')}` : '')
		);
		expect(site.truncated, 'the crawl hit its page cap: is some link making new URLs?').toBe(false);
		expect(count('page')).toBeGreaterThanOrEqual(3);
		expect(count('embed')).toBeGreaterThanOrEqual(3);
		expect(count('not-found')).toBe(1);
	});
});

describe('axe-core: no WCAG 2.2 A or AA violation', () => {
	it.each(auditCases)('%s', async (label, page, scheme) => {
		const audited = resultOf(await audit(page), label)[scheme]!;
		const where = `${page.url} (${scheme} colour scheme${audited.coloursOnly ? ', colour rules: the layout is as in light' : ''})`;
		expect(
			audited.violations.length,
			`${audited.violations.length} WCAG rules violated on ${where}:\n${formatViolations(audited.violations)}`
		).toBe(0);
	});

	it.each(styleCases)('%s, without JavaScript (light)', async (label, group) => {
		const violations = resultOf(await withoutScripts(group.page), label);
		expect(
			violations.length,
			`${violations.length} WCAG rules violated on ${group.page.url} without JavaScript:\n${formatViolations(violations)}`
		).toBe(0);
	});
});

/**
 * Every chart contrast finding of a kind, grouped: one line per chart, colour scheme, figure,
 * paint, background colour and ratio (for texts, per words too), with one example element and
 * the pages where it shows (the same chart is drawn on many pages, at several widths).
 */
async function chartFindings(kind: ContrastFinding['kind']) {
	const found = new Map<string, { example: string; pages: Set<string>; count: number }>();
	let marks = 0;
	let texts = 0;
	const errors: string[] = [];
	for (const [label, page, scheme] of auditCases) {
		if (!page.document.querySelector('svg')) continue;
		const checked = await audit(page);
		if (checked.error) errors.push(`${label}: ${checked.error.split('\n')[0]}`);
		const audited = checked.result?.[scheme];
		marks += audited?.marks ?? 0;
		texts += audited?.texts ?? 0;
		if (kind === 'mark') {
			for (const mark of audited?.unsampled ?? []) {
				const entry = found.get(mark) ?? { example: `${mark}`, pages: new Set<string>(), count: 0 };
				entry.pages.add(page.pathname);
				found.set(mark, entry);
			}
		}
		for (const f of audited?.contrast ?? []) {
			if (f.kind !== kind) continue;
			const colour = f.background.replace(/ \(.*$/, '');
			const key = [f.chart, scheme, f.fact, f.paint, colour, f.ratio.toFixed(2)]
				.concat(kind === 'text' ? [f.element] : [])
				.join('|');
			const entry = found.get(key) ?? {
				example: `${f.chart} (${scheme}): ${formatContrast({ ...f, count: 1 })}`,
				pages: new Set<string>(),
				count: 0
			};
			entry.pages.add(page.pathname);
			entry.count = Math.max(entry.count, f.count);
			found.set(key, entry);
		}
	}
	const lines = [...found.values()].map(({ example, pages, count }) => {
		const where = [...pages];
		const shown = where.slice(0, 4).join(', ');
		return (
			`${example}${count > 1 ? ` (${count} such ${kind}s in the chart)` : ''}\n` +
			`    on ${shown}${where.length > 4 ? ` and ${where.length - 4} more pages` : ''}`
		);
	});
	return { lines, marks, texts, errors };
}

describe('contrast inside the SVG charts (axe does not check it)', () => {
	it('every mark stands out 3:1 from the background right behind it (WCAG 1.4.11)', async () => {
		const { lines, marks, errors } = await chartFindings('mark');
		expect(errors, 'pages whose charts could not be checked').toEqual([]);
		expect(marks, 'marks checked on all pages').toBeGreaterThan(0);
		expect(
			lines.length,
			`${lines.length} kinds of chart mark below 3:1 against their background (chart id (colour scheme): mark of figure, an example: paint on background (what paints it): ratio):\n${lines.join('\n')}`
		).toBe(0);
	});

	it('every text has 4.5:1 (3:1 when large) against what is behind it (WCAG 1.4.3)', async () => {
		const { lines, texts, errors } = await chartFindings('text');
		expect(errors, 'pages whose charts could not be checked').toEqual([]);
		expect(texts, 'chart texts checked on all pages').toBeGreaterThan(0);
		expect(
			lines.length,
			`${lines.length} chart texts below their contrast minimum (chart id (colour scheme): text: fill on background: ratio):\n${lines.join('\n')}`
		).toBe(0);
	});
});

describe('keyboard: Tab reaches every control, shows where the focus is, and each control works', () => {
	it.each(keyboardCases)('%s', async (label, group, scheme) => {
		const { problems, reached } = resultOf(await keyboard(group.page), label)[scheme];
		if (group.page.document.querySelector(CONTROLS)) {
			expect(reached, `elements Tab reached on ${group.page.url}`).toBeGreaterThan(0);
		}
		expect(problems, `keyboard problems on ${group.page.url} (${scheme} colour scheme)`).toEqual(
			[]
		);
	});
});

describe('prefers-reduced-motion: reduce', () => {
	it.each(styleCases)(
		'%s: no animation, transition or smooth scrolling, on load, hover or focus',
		async (label, group) => {
			const found = resultOf(await motion(group.page), label);
			expect(found, `motion on ${group.page.url} for a reader who asked for less`).toEqual([]);
		}
	);
});

describe('network, while the pages above were open', () => {
	it('no request left the site, and none to the site failed', async () => {
		const lines: string[] = [];
		for (const [key, job] of work) {
			const { network } = await job;
			for (const line of network) lines.push(`${key}: ${line}`);
		}
		expect(lines).toEqual([]);
	});
});
