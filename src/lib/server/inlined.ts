// What every page carries inside itself rather than fetch, since each request made before the
// largest paint is counted in it (README, "Measure").
//
// A page's one script (static/enhance.js, or static/embed-child.js in an embed) is written into
// the page at the end of its body instead of being fetched: a fetched script, however small and
// deferred, is one more request that Lighthouse counts before the largest paint. The CSP allows
// exactly these scripts by their hashes (svelte.config.js, from the same files), and the files stay
// served at their addresses.
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

/** The scripts that may be inlined, by address; paths from the repository root, where builds run. */
const SCRIPTS = ['/enhance.js', '/embed-child.js'];
const source = new Map(SCRIPTS.map((src) => [src, readFileSync(`static${src}`, 'utf8')]));
const TAG = /<script src="(\/[\w-]+\.js)" defer(?:="")?><\/script>/g;

/** The page with each `<script src>` of SCRIPTS moved, inline, to the end of its body. */
export function inlineScripts(html: string): string {
	const moved: string[] = [];
	const rest = html.replace(TAG, (tag, src: string) => {
		const code = source.get(src);
		if (code === undefined) return tag;
		moved.push(`<script>${code}</script>`);
		return '';
	});
	return moved.length === 0 ? rest : rest.replace('</body>', `${moved.join('')}</body>`);
}

/**
 * The site icon as a data: URL (the CSP's img-src allows data:), so the browser fetches nothing for
 * it; drawn from static/favicon.svg as a 32 px PNG. An SVG icon, even inline, is parsed, laid out
 * and painted as a document of its own on the page's main thread before the first paint, and
 * Lighthouse counts that layout in the largest paint (not in the first): 10–40 ms of LCP − FCP.
 */
const icon = new Resvg(readFileSync('static/favicon.svg', 'utf8'), {
	fitTo: { mode: 'width', value: 32 }
}).render();
export const ICON_URL = `data:image/png;base64,${icon.asPng().toString('base64')}`;
