// Writes src/lib/text/noto-sans-metrics.json and dejavu-sans-metrics.json: the advance widths of
// Noto Sans 400 and 700 that measureText() uses on the server and in the browser, and of DejaVu
// Sans (from Debian's fonts-dejavu-core), the widest fallback, that wrapText() fits lines to too.
// Usage: node scripts/font-metrics.js
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import * as prettier from 'prettier';
import {
	buildMetrics,
	DEJAVU_METRICS_FILE,
	DEJAVU_TTF_FILES,
	METRICS_FILE,
	TTF_FILES
} from '../src/lib/text/build-metrics.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** @param {string} file relative to the repository root, or absolute */
function openFont(file) {
	const path = file.startsWith('/') ? file : root + file;
	if (!existsSync(path))
		throw new Error(`${path} is missing (DejaVu Sans: apt-get install fonts-dejavu-core)`);
	const font = fontkit.create(readFileSync(path));
	if ('fonts' in font) throw new Error(`${file} is a collection, expected a single font`);
	return font;
}

/**
 * @param {{ 400: string; 700: string }} files
 * @param {string} file
 */
async function write(files, file) {
	const metrics = buildMetrics({ 400: openFont(files[400]), 700: openFont(files[700]) });
	const out = root + file;
	// Formatted with the repo's prettier config so `prettier --check` passes; bundlers minify JSON.
	const options = (await prettier.resolveConfig(out)) ?? {};
	const text = await prettier.format(JSON.stringify(metrics), { ...options, filepath: out });
	writeFileSync(out, text);
	console.log(`wrote ${file} (${Buffer.byteLength(text)} bytes)`);
}

await write(TTF_FILES, METRICS_FILE);
await write(DEJAVU_TTF_FILES, DEJAVU_METRICS_FILE);
