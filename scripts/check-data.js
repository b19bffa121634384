// Validates a data folder without building the site:
//   npm run check-data [-- --strict] [folder]  (the folder defaults to DEREK_DATA, or data/)
// Prints OK with what it read and the fields drafts still need a person for, or the problem
// naming file, record and field, and exits 1. `--strict` (or DEREK_STRICT=1) refuses drafts.
import { existsSync } from 'node:fs';

const all = process.argv.slice(2);
const strict = all.includes('--strict') || process.env.DEREK_STRICT === '1';
const args = all.filter((a) => a !== '--strict');
if (args.length > 1 || args[0]?.startsWith('-')) {
	console.error('usage: npm run check-data [-- --strict] [folder]');
	process.exit(2);
}
const folder = args[0] ?? (process.env.DEREK_DATA || 'data');
if (!existsSync(folder)) {
	console.error(`derek check-data: ${folder}: no such folder`);
	process.exit(1);
}

// The validator is the build's own, loaded through Vite (it imports the chart registry).
const { withModule } = await import('./load-module.js');
const code = await withModule('/src/lib/server/data-folder.ts', (m) => {
	const { readDataFolder, draftFields, describeDrafts, strictRefusal } = m;
	const drafts = draftFields(folder);
	if (strict && drafts.length > 0) {
		console.error(`derek check-data: ${strictRefusal(folder, drafts)}`);
		return 1;
	}
	try {
		const { articles, site } = readDataFolder(folder);
		const count = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
		console.log(
			`OK ${folder}: ${count(articles.length, 'article')}${site.title ? ', with site.json' : ''}`
		);
		for (const { slug, dataset: d } of articles) {
			console.log(
				`  ${slug} (${d.article.lang}): ${count(d.facts.length, 'fact')}, ${count(d.charts.length, 'chart')}, ` +
					`${count(d.statements.length, 'statement')}, ${count(d.notCharted.length, 'number')} not charted`
			);
		}
		if (drafts.length > 0)
			console.warn(`drafts: these fields still need a person\n${describeDrafts(drafts)}`);
		return 0;
	} catch (e) {
		if (e instanceof Error && e.name === 'DataError') {
			console.error(e.message);
			return 1;
		}
		throw e;
	}
});
process.exit(code);
