// Measures the embed scripts a host page and an embed load: our loader must stay under 2 KB
// gzipped (the embed page's own script is counted with the page budgets).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const TARGET = 2 * 1024;

export function benchEmbed() {
	console.log('\nEmbed scripts (raw / gzipped):');
	let ok = true;
	for (const [file, limit] of /** @type {const} */ ([
		['static/embed.js', TARGET],
		['static/embed-child.js', undefined]
	])) {
		const raw = readFileSync(file);
		const gz = gzipSync(raw, { level: 9 }).length;
		const within = limit === undefined || gz < limit;
		ok &&= within;
		const verdict = limit
			? ` ${within ? '✓' : '✗ over target'} (target < ${limit / 1024} KB gzipped)`
			: '';
		console.log(`  ${file.padEnd(24)} ${raw.length} B / ${gz} B${verdict}`);
	}
	return ok;
}
