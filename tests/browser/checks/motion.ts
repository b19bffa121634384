// What a reader who asks for reduced motion still gets: animations, transitions, smooth scrolling.
import type { Page } from 'playwright-core';
import { CONTROLS } from '../crawl/keys';

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
