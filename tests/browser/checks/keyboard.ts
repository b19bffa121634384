// A keyboard walk with Tab: each element reached shows a visible focus indicator, is on screen, and
// can be used with the keyboard; every visible control is reached.
import type { Page } from 'playwright-core';
import { CONTROLS } from '../crawl/keys';
import { inspectFocus } from './focus-indicator';
import { inPage } from './in-page';

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
		const step = await inPage(page, inspectFocus);
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
