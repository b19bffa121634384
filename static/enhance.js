// @ts-check
// The only script a derek page runs. Everything it shows is already in the HTML, rendered on the
// server: it unhides the copy buttons once there is a clipboard, and shows a chart mark's
// provenance tooltip (one per fact, under the chart) on focus or hover. Without it, the marks keep
// their <title> and the texts can be selected and copied by hand.
(function () {
	/** @param {HTMLElement} status @param {string} message */
	function report(status, message) {
		status.textContent = message;
		setTimeout(function () {
			status.textContent = '';
		}, 2500);
	}

	if (navigator.clipboard) {
		document.querySelectorAll('button[data-copy]').forEach(function (button) {
			if (!(button instanceof HTMLButtonElement)) return;
			var box = button.closest('.copyable');
			var pre = box && box.querySelector('pre');
			var found = box && box.querySelector('[role="status"]');
			if (!pre || !(found instanceof HTMLElement)) return;
			var text = pre;
			var status = found;
			var done = status.dataset.copied || '';
			var failed = status.dataset.copyFailed || '';
			button.hidden = false;
			button.addEventListener('click', function () {
				navigator.clipboard.writeText(text.textContent || '').then(
					function () {
						report(status, done);
					},
					function () {
						report(status, failed);
					}
				);
			});
		});
	}

	/** @type {HTMLElement | null} */
	var shown = null;
	function hide() {
		if (shown) shown.hidden = true;
		shown = null;
	}

	/** @param {EventTarget | null} target */
	function show(target) {
		var mark = target instanceof Element ? target.closest('[data-fact]') : null;
		var chart = mark && mark.closest('[data-tips]');
		if (!mark || !chart) return;
		var id = mark.getAttribute('data-fact');
		var tip = Array.prototype.find.call(chart.querySelectorAll('[data-tip]'), function (el) {
			return el.getAttribute('data-tip') === id;
		});
		if (!(tip instanceof HTMLElement)) return;
		if (tip !== shown) hide();
		var m = mark.getBoundingClientRect();
		var b = chart.getBoundingClientRect();
		// Kept half a tooltip's width from the chart's edges, so it never hangs out of the chart.
		var half = Math.min(176, b.width / 2);
		var x = Math.min(Math.max(m.left - b.left + m.width / 2, half), b.width - half);
		tip.style.left = x + 'px';
		tip.style.top = Math.max(m.top - b.top, 0) + 'px';
		tip.hidden = false;
		shown = tip;
	}

	document.querySelectorAll('[data-tips]').forEach(function (chart) {
		chart.addEventListener('focusin', function (e) {
			show(e.target);
		});
		chart.addEventListener('focusout', hide);
		chart.addEventListener('mouseover', function (e) {
			show(e.target);
		});
		chart.addEventListener('mouseleave', hide);
	});
	document.addEventListener('keydown', function (e) {
		if (e.key === 'Escape') hide();
	});
})();
