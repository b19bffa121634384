// Writes src/lib/text/noto-sans-metrics.json: the advance widths of Noto Sans 400 and 700 that
// measureText() and wrapText() use on the server and in the browser.
// Usage: node scripts/font-metrics.js
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import * as prettier from 'prettier';
import { buildMetrics, METRICS_FILE, TTF_FILES } from '../src/lib/text/build-metrics.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** @param {string} file */
function openFont(file) {
	const font = fontkit.create(readFileSync(root + file));
	if ('fonts' in font) throw new Error(`${file} is a collection, expected a single font`);
	return font;
}

const metrics = buildMetrics({ 400: openFont(TTF_FILES[400]), 700: openFont(TTF_FILES[700]) });
const out = root + METRICS_FILE;
// Formatted with the repo's prettier config so `prettier --check` passes; bundlers minify JSON.
const options = (await prettier.resolveConfig(out)) ?? {};
const text = await prettier.format(JSON.stringify(metrics), { ...options, filepath: out });
writeFileSync(out, text);
console.log(`wrote ${METRICS_FILE} (${Buffer.byteLength(text)} bytes)`);
