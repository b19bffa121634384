// The layout shifts while a page loads on a phone-sized screen, with what moved.

/**
 * Loads a page as Lighthouse's moto g power (412 x 823 CSS px at 1.75x) and records every layout
 * shift with its sources: Lighthouse 12.2's own `layout-shifts` diagnostic fails on recent
 * Chromium traces, and CLS alone does not say what to fix.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @returns {Promise<{ total: number, shifts: { value: number, at: number, sources: string[] }[] }>}
 */
export async function measureShifts(browser, url) {
	const context = await browser.newContext({
		viewport: { width: 412, height: 823 },
		deviceScaleFactor: 1.75,
		isMobile: true
	});
	context.setDefaultTimeout(20_000);
	try {
		await context.addInitScript(() => {
			/** @type {{ value: number, at: number, sources: string[] }[]} */
			const shifts = [];
			Object.assign(window, { __derekShifts: shifts });
			/** @param {DOMRectReadOnly} r */
			const box = (r) => `y ${Math.round(r.y)} h ${Math.round(r.height)} w ${Math.round(r.width)}`;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) {
					const shift =
						/** @type {PerformanceEntry & { value: number, sources?: { node?: Node, previousRect: DOMRectReadOnly, currentRect: DOMRectReadOnly }[] }} */ (
							entry
						);
					shifts.push({
						value: shift.value,
						at: Math.round(shift.startTime),
						sources: (shift.sources ?? []).map((source) => {
							const node = source.node;
							const name =
								node instanceof Element
									? `<${node.localName}${node.classList.length ? '.' + [...node.classList].join('.') : ''}>`
									: node
										? `${node.nodeName} "${(node.textContent ?? '').trim().slice(0, 30)}"`
										: '(removed node)';
							return `${name}: ${box(source.previousRect)} → ${box(source.currentRect)}`;
						})
					});
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		const page = await context.newPage();
		await page.goto(url, { waitUntil: 'networkidle' });
		await page.evaluate(() => document.fonts.ready.then(() => undefined));
		await page.waitForTimeout(500);
		const shifts = await page.evaluate(
			() =>
				/** @type {{ value: number, at: number, sources: string[] }[]} */ (
					/** @type {any} */ (window).__derekShifts
				)
		);
		return { total: shifts.reduce((sum, s) => sum + s.value, 0), shifts };
	} finally {
		await context.close();
	}
}
