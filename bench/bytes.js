// What a reader downloads: every response body Chromium loads, by type, raw and gzipped (our
// server does not compress, so each text body is gzipped here at level 9, as a static host would),
// and where the first chart ends in the gzipped HTML.
import { gzipSync } from 'node:zlib';

export const TYPES = /** @type {const} */ (['HTML', 'JS', 'CSS', 'font', 'image', 'other']);
/** Text types that static hosts compress. */
export const COMPRESSIBLE =
	/^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/;

/**
 * @param {string} contentType
 * @param {string} url
 * @returns {typeof TYPES[number]}
 */
function typeOf(contentType, url) {
	const type = contentType.toLowerCase();
	if (type.startsWith('text/html')) return 'HTML';
	if (type.includes('javascript')) return 'JS';
	if (type.startsWith('text/css')) return 'CSS';
	if (type.startsWith('font/') || /\.(woff2?|ttf|otf)$/.test(new URL(url).pathname)) return 'font';
	if (type.startsWith('image/')) return 'image';
	return 'other';
}

/**
 * Loads a page in Chromium and adds up every response body by type, raw and gzipped.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 */
export async function measureBytes(browser, url) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	context.setDefaultTimeout(20_000);
	/** @type {Record<string, { raw: number, gz: number, files: number }>} */
	const totals = Object.fromEntries(TYPES.map((t) => [t, { raw: 0, gz: 0, files: 0 }]));
	/** @type {Promise<void>[]} */
	const reading = [];
	let documentHTML = '';
	/** @type {{ path: string, gz: number }[]} */
	const files = [];
	try {
		const page = await context.newPage();
		page.on('response', (response) => {
			if (response.status() >= 300 && response.status() < 400) return;
			reading.push(
				response
					.body()
					.then((body) => {
						const type = typeOf(response.headers()['content-type'] ?? '', response.url());
						const total = /** @type {{ raw: number, gz: number, files: number }} */ (totals[type]);
						total.raw += body.length;
						// Hosts gzip text; fonts and images are sent as they are (already compressed).
						const text = COMPRESSIBLE.test(response.headers()['content-type'] ?? '');
						const gz = text ? gzipSync(body, { level: 9 }).length : body.length;
						total.gz += gz;
						total.files += 1;
						files.push({ type, path: new URL(response.url()).pathname, gz });
						if (response.request().isNavigationRequest() && response.frame() === page.mainFrame()) {
							documentHTML = body.toString('utf8');
						}
					})
					.catch(() => undefined)
			);
		});
		await page.goto(url, { waitUntil: 'networkidle' });
		await page.evaluate(() => document.fonts.ready.then(() => undefined));
		await page.waitForLoadState('networkidle');
		await Promise.all(reading);
	} finally {
		await context.close();
	}
	return { totals, html: documentHTML, files: files.sort((a, b) => b.gz - a.gz) };
}

/**
 * Where the first chart of a page ends in its gzipped HTML: the gzipped size of the HTML from its
 * start to the `</svg>` closing the first chart svg (`svg[role="img"]`, or `svg[role="group"]`
 * where the chart's facts are focusable), or null when there is no such svg.
 * @param {string} page
 */
export function firstChartGzipped(page) {
	const open = /<svg\b[^>]*\brole="(?:img|group)"[^>]*>/.exec(page);
	if (!open) return null;
	const tags = /<svg\b|<\/svg\s*>/g;
	tags.lastIndex = open.index + open[0].length;
	let depth = 1;
	for (let m = tags.exec(page); m; m = tags.exec(page)) {
		depth += m[0].startsWith('</') ? -1 : 1;
		if (depth === 0) {
			const prefix = page.slice(0, m.index + m[0].length);
			return { raw: Buffer.byteLength(prefix), gz: gzipSync(prefix, { level: 9 }).length };
		}
	}
	return null;
}

/**
 * The bytes of a page's inline `<style>` or `<script>` elements, raw and gzipped: SvelteKit inlines
 * the CSS (inlineStyleThreshold) and the hooks the page's script; both are part of the HTML.
 * @param {string} html
 * @param {'style' | 'script'} tag
 */
export function inlined(html, tag) {
	const open = tag === 'style' ? '<style[^>]*>' : '<script(?![^>]*\\bsrc=)[^>]*>';
	const text = [...html.matchAll(new RegExp(`${open}([\\s\\S]*?)</${tag}>`, 'g'))]
		.map((m) => m[1] ?? '')
		.join('');
	return {
		raw: Buffer.byteLength(text),
		gz: text ? gzipSync(Buffer.from(text), { level: 9 }).length : 0
	};
}
