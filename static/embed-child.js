// @ts-check
// Runs inside a derek embed: tells the host page how tall the embed is, on load, once the fonts
// are in and whenever its size changes, in the formats hosts already listen to (Datawrapper's
// and AMP's), so the host can size the iframe without a scrollbar.
(function () {
	if (window.parent === window) return;
	var root = document.querySelector('[data-embed-id]');
	if (!root) return;
	var id = root.getAttribute('data-embed-id') || '';
	function post() {
		var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
		/** @type {Record<string, number>} */
		var dw = {};
		dw[id] = height;
		window.parent.postMessage({ 'datawrapper-height': dw }, '*');
		window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: height }, '*');
	}
	post();
	window.addEventListener('load', post);
	if (document.fonts) document.fonts.ready.then(post);
	if (window.ResizeObserver) new ResizeObserver(post).observe(document.documentElement);
})();
