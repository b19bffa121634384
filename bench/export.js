// Measures the export: the time to make every file of every chart, and each file's size, against
// the targets (all exports under 10 s on a 2-core machine; SVG < 40 KB; 2x PNG < 250 KB;
// PDF < 60 KB).
import { performance } from 'node:perf_hooks';
import { withModule } from '../scripts/load-module.js';

const TARGETS = { seconds: 10, svg: 40 * 1024, png: 250 * 1024, pdf: 60 * 1024 };

/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
/** @param {boolean} ok */
const mark = (ok) => (ok ? '✓' : '✗ over target');

export async function benchExport() {
	return withModule('/src/lib/export/all.ts', async ({ exportAll }) => {
		exportAll().next(); // warm up: fonts, module graph
		const started = performance.now();
		/** @type {{ name: string, bytes: number }[]} */
		const files = [];
		for (const chart of exportAll()) {
			for (const f of chart.files) {
				files.push({
					name: f.name,
					bytes: typeof f.body === 'string' ? Buffer.byteLength(f.body) : f.body.length
				});
			}
		}
		const seconds = (performance.now() - started) / 1000;
		let ok = seconds < TARGETS.seconds;
		console.log(
			`\nExport: ${files.length} files in ${seconds.toFixed(2)} s ${mark(ok)} (target < ${TARGETS.seconds} s)`
		);
		for (const ext of ['svg', 'png', 'pdf']) {
			const sizes = files.filter((f) => f.name.endsWith(`.${ext}`)).map((f) => f.bytes);
			console.log(
				`  ${ext.toUpperCase()}: ${sizes.length} files, ${kb(Math.min(...sizes))} to ${kb(Math.max(...sizes))}`
			);
		}
		for (const f of files) {
			const ext = /** @type {keyof typeof TARGETS} */ (f.name.split('.').pop());
			const limit = ext === 'svg' || ext === 'png' || ext === 'pdf' ? TARGETS[ext] : undefined;
			const within = limit === undefined || f.bytes < limit;
			ok &&= within;
			console.log(
				`  ${f.name.padEnd(44)} ${kb(f.bytes).padStart(9)}${limit ? ` ${mark(within)}` : ''}`
			);
		}
		return ok;
	});
}
