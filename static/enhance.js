// @ts-check
// The only script a derek page runs. Everything it shows is already in the HTML, rendered on the
// server: it unhides the copy buttons once there is a clipboard, and shows a chart mark's
// provenance tooltip (one per fact, under the chart) on focus or hover. Without it, the marks keep
// their <title> and the texts can be selected and copied by hand.
(() => {
	if (navigator.clipboard) {
		for (const button of document.querySelectorAll('button[data-copy]')) {
			const box = button.closest('.copyable');
			const text = box?.querySelector('pre');
			const status = box?.querySelector('[role="status"]');
			if (!(button instanceof HTMLButtonElement) || !text || !(status instanceof HTMLElement)) {
				continue;
			}
			/** @type {ReturnType<typeof setTimeout> | undefined} */
			let clearing;
			/** @param {string | undefined} message */
			const report = (message) => {
				status.textContent = message ?? '';
				clearTimeout(clearing);
				clearing = setTimeout(() => (status.textContent = ''), 2500);
			};
			button.hidden = false;
			button.addEventListener('click', () =>
				navigator.clipboard.writeText(text.textContent ?? '').then(
					() => report(status.dataset.copied),
					() => report(status.dataset.copyFailed)
				)
			);
		}
	}

	/** @type {HTMLElement | null} */
	let shown = null;
	const hide = () => {
		if (shown) shown.hidden = true;
		shown = null;
	};

	/** The chart mark under the keyboard focus, whose tooltip the pointer leaving brings back. */
	/** @type {Element | null} */
	let focused = null;

	/** @param {EventTarget | null} target */
	const markOf = (target) => (target instanceof Element ? target.closest('[data-fact]') : null);

	/** @param {Element | null} mark */
	const show = (mark) => {
		const chart = mark?.closest('[data-tips]');
		const id = mark?.getAttribute('data-fact');
		const tip = id && chart?.querySelector(`[data-tip="${CSS.escape(id)}"]`);
		if (!mark || !chart || !(tip instanceof HTMLElement)) return hide();
		if (tip !== shown) hide();
		const m = mark.getBoundingClientRect();
		const b = chart.getBoundingClientRect();
		// Kept half a tooltip's width from the chart's edges, so it never hangs out of the chart.
		const half = Math.min(176, b.width / 2);
		const x = Math.min(Math.max(m.left - b.left + m.width / 2, half), b.width - half);
		tip.style.left = `${x}px`;
		tip.style.top = `${Math.max(m.top - b.top, 0)}px`;
		tip.hidden = false;
		shown = tip;
	};

	for (const chart of document.querySelectorAll('[data-tips]')) {
		chart.addEventListener('focusin', (e) => show((focused = markOf(e.target))));
		chart.addEventListener('focusout', () => {
			focused = null;
			hide();
		});
		chart.addEventListener('mouseover', (e) => show(markOf(e.target) ?? focused));
		chart.addEventListener('mouseleave', () => show(focused));
	}
	// Escape dismisses the tooltip until focus moves to another mark.
	document.addEventListener('keydown', (e) => {
		if (e.key !== 'Escape') return;
		focused = null;
		hide();
	});
})();
