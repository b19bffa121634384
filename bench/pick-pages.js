// Which pages the bench measures: found on the built site rather than assumed, since URLs change.

/**
 * A page on the server, following `<meta http-equiv="refresh">` redirects (at most 3): its final
 * path and HTML, or null when it is not an HTML page that answers 2xx.
 * @param {string} base
 * @param {string} at
 * @returns {Promise<{ path: string, html: string } | null>}
 */
async function getPage(base, at) {
	let path = at;
	for (let hop = 0; hop < 4; hop++) {
		const response = await fetch(new URL(path, base), { signal: AbortSignal.timeout(10_000) });
		const type = response.headers.get('content-type') ?? '';
		if (!response.ok || !type.startsWith('text/html')) return null;
		const html = await response.text();
		const refresh = /<meta\b[^>]*http-equiv="refresh"[^>]*content="[^"]*url=([^"]+)"/i.exec(html);
		if (!refresh) return { path, html };
		path = new URL(/** @type {string} */ (refresh[1]), new URL(path, base)).pathname;
	}
	return null;
}

/**
 * The address of the embed in a chart page's iframe snippet, or null when it has none.
 * @param {string} page the chart page's HTML
 */
function embedPath(page) {
	const snippet = /<pre\b[^>]*data-snippet="iframe"[^>]*>([\s\S]*?)<\/pre>/.exec(page)?.[1];
	const src = snippet && /\bsrc="([^"]+)"/.exec(snippet)?.[1];
	return src ? new URL(src).pathname : null;
}

/**
 * The pages to measure: the chart page is `/charts/japan-investment` (after any redirect) or else
 * the first page reached from `/` that shows an iframe snippet; the gallery is the page of chart
 * cards (`data-chart-card`) in the chart page's language folder, or else the first one found; the
 * embed is the chart's, from its snippet. `js` is the page's JavaScript budget, gzipped.
 * @param {string} base
 * @param {{ chartJs: number, embedJs: number }} budgets
 * @returns {Promise<{ label: string, path: string, js?: number }[]>}
 */
export async function pickPages(base, budgets) {
	/** @type {{ path: string, html: string }[]} */
	const found = [];
	const seen = new Set(['/']);
	const queue = ['/charts/japan-investment', '/'];
	/** @param {{ path: string }} chart @param {{ path: string }} gallery */
	const inFolder = (chart, gallery) =>
		chart.path.startsWith(gallery.path === '/' ? '/' : `${gallery.path}/`);
	while (queue.length > 0 && found.length < 60) {
		const page = await getPage(base, /** @type {string} */ (queue.shift()));
		if (!page || found.some((p) => p.path === page.path)) continue;
		found.push(page);
		const chart = found.find((p) => embedPath(p.html));
		const galleries = found.filter((p) => p.html.includes('data-chart-card'));
		if (chart && galleries.some((g) => inFolder(chart, g))) break;
		for (const [, href] of page.html.matchAll(/<a\b[^>]*\bhref="([^"#]+)[^"]*"/g)) {
			const url = new URL(/** @type {string} */ (href), new URL(page.path, base));
			if (url.origin !== new URL(base).origin || seen.has(url.pathname)) continue;
			if (/\.(svg|png|csv|json|js|css)$/.test(url.pathname)) continue;
			seen.add(url.pathname);
			queue.push(url.pathname);
		}
	}
	const chart = found.find((p) => embedPath(p.html));
	const galleries = found.filter((p) => p.html.includes('data-chart-card'));
	const gallery = galleries.find((g) => chart && inFolder(chart, g)) ?? galleries[0];
	/** @type {{ label: string, path: string, js?: number }[]} */
	const pages = [];
	if (gallery) pages.push({ label: 'gallery', path: gallery.path });
	if (chart) pages.push({ label: 'chart page', path: chart.path, js: budgets.chartJs });
	const embed = chart && embedPath(chart.html);
	if (embed) pages.push({ label: 'embed', path: embed, js: budgets.embedJs });
	return pages;
}
