// Validates a data folder without building the site:
//   npm run check-data [folder]      (the folder defaults to DEREK_DATA, or data/)
// Prints OK with what it read, or the problem naming file, record and field, and exits 1.
import { existsSync } from 'node:fs';

const args = process.argv.slice(2);
if (args.length > 1 || args[0]?.startsWith('-')) {
	console.error('usage: npm run check-data [folder]');
	process.exit(2);
}
const folder = args[0] ?? (process.env.DEREK_DATA || 'data');
if (!existsSync(folder)) {
	console.error(`derek check-data: ${folder}: no such folder`);
	process.exit(1);
}

// The validator is the build's own, loaded through Vite (it imports the chart registry).
const { withModule } = await import('./load-module.js');
const code = await withModule('/src/lib/server/data-folder.ts', ({ readDataFolder }) => {
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
