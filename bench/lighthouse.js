// Lighthouse (mobile, its defaults: simulated slow 4G and a 4x slower CPU) on one page.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, within } from './util.js';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * Runs Lighthouse on a page with its own headless Chromium.
 * @param {string} url
 * @returns {Promise<import('lighthouse').Result>}
 */
export async function runLighthouse(url) {
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

/** The paint metrics the bench compares, from one Lighthouse report, in ms. */
const PAINTS = /** @type {const} */ ({
	FCP: 'first-contentful-paint',
	LCP: 'largest-contentful-paint',
	TBT: 'total-blocking-time',
	'Speed Index': 'speed-index'
});

/** @param {number[]} values */
export const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2
		? /** @type {number} */ (sorted[mid])
		: ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/**
 * The medians of several Lighthouse runs of one page: each category's score (0–100), each paint
 * metric and CLS, and LCP − FCP (the median of each run's own gap). `report` is the run whose
 * performance score is the median, for its failing audits.
 * @param {import('lighthouse').Result[]} lhrs
 */
export function summarise(lhrs) {
	/** @param {(lhr: import('lighthouse').Result) => number} pick */
	const med = (pick) => median(lhrs.map(pick));
	const score = (/** @type {import('lighthouse').Result} */ lhr, /** @type {string} */ id) =>
		Math.round((lhr.categories[id]?.score ?? 0) * 100);
	const value = (/** @type {import('lighthouse').Result} */ lhr, /** @type {string} */ id) =>
		lhr.audits[id]?.numericValue ?? NaN;
	const byPerformance = [...lhrs].sort((a, b) => score(a, 'performance') - score(b, 'performance'));
	return {
		runs: lhrs.length,
		scores: Object.fromEntries(CATEGORIES.map((id) => [id, med((lhr) => score(lhr, id))])),
		paints: Object.fromEntries(
			Object.entries(PAINTS).map(([label, id]) => [label, med((lhr) => value(lhr, id))])
		),
		cls: med((lhr) => value(lhr, 'cumulative-layout-shift')),
		gap: med(
			(lhr) => value(lhr, 'largest-contentful-paint') - value(lhr, 'first-contentful-paint')
		),
		report: /** @type {import('lighthouse').Result} */ (
			byPerformance[Math.floor(byPerformance.length / 2)]
		)
	};
}

/**
 * Prints why a run's scores are below 100: its failing audits, the diagnostics Lighthouse could not
 * run on this Chromium, and runtime errors. Returns false on a runtime error.
 * @param {import('lighthouse').Result} lhr
 */
export function printAudits(lhr) {
	if (lhr.runtimeError) {
		console.log(
			`    ✗ Lighthouse runtime error: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`
		);
		return false;
	}
	for (const id of CATEGORIES) {
		for (const ref of lhr.categories[id]?.auditRefs ?? []) {
			const audit = lhr.audits[ref.id];
			if (ref.weight === 0 || !audit || audit.score === null || audit.score >= 1) continue;
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
	return true;
}
