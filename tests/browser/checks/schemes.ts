// axe and the charts' contrast on one load of a page, in each colour scheme in turn.
import type { Page } from 'playwright-core';
import { runAxe, wcagViolations, type AxeViolation } from './axe';
import { svgContrast, type ContrastFinding } from './svg-contrast';
import { finishAnimations } from './tabs';

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
