// axe-core on a page, for the WCAG 2.0, 2.1 and 2.2 A and AA rules, and its findings as text.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

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
