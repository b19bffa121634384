// derek's loader for host pages: sizes each iframe marked data-derek-embed to the height its
// embed reports. It accepts a message only from the window of an iframe it manages, reads the
// height as an integer in a sane range, and does nothing else: it never navigates and never
// evaluates anything it receives.
// @ts-check
(function () {
	var host = /** @type {Window & { derekEmbedLoader?: boolean }} */ (window);
	if (host.derekEmbedLoader) return;
	host.derekEmbedLoader = true;
	var MIN = 80;
	var MAX = 10000;

	/** @param {any} data a message from any window: untrusted */
	function heightOf(data) {
		if (!data || typeof data !== 'object') return NaN;
		var dw = data['datawrapper-height'];
		var value =
			dw && typeof dw === 'object'
				? Object.values(dw)[0]
				: data.sentinel === 'amp' && data.type === 'embed-size'
					? data.height
					: NaN;
		if (typeof value === 'string' && !/^\s*\d+(\.\d+)?\s*$/.test(value)) return NaN;
		var n = Math.ceil(Number(value));
		return n >= 1 && n <= 100 * MAX ? Math.min(MAX, Math.max(MIN, n)) : NaN;
	}

	window.addEventListener('message', function (event) {
		var frames = document.querySelectorAll('iframe[data-derek-embed]');
		/** @type {HTMLIFrameElement | undefined} */
		var frame;
		for (var i = 0; i < frames.length; i++) {
			frame = /** @type {HTMLIFrameElement} */ (frames[i]);
			if (frame.contentWindow !== event.source) continue;
			if (new URL(frame.src, location.href).origin !== event.origin) return;
			var height = heightOf(event.data);
			if (!isNaN(height)) frame.style.height = height + 'px';
			return;
		}
	});
})();
