// `npm run bench`: prints every measured figure and whether it meets its target.
// `npm run bench -- reader` (or export, embed, pages, lists, scale) runs only the benches named.
import { benchEmbed } from './embed.js';
import { benchExport } from './export.js';
import { benchLists } from './lists.js';
import { benchPages } from './pages.js';
import { benchReader } from './reader.js';
import { benchScale } from './scale.js';

/** @type {Record<string, () => Promise<boolean> | boolean>} */
const BENCHES = {
	export: benchExport,
	embed: benchEmbed,
	pages: benchPages,
	lists: benchLists,
	reader: benchReader,
	scale: benchScale
};
const names = process.argv.slice(2);
for (const name of names) {
	if (!(name in BENCHES)) {
		console.error(`unknown bench "${name}": one of ${Object.keys(BENCHES).join(', ')}`);
		process.exit(2);
	}
}
const results = [];
for (const name of names.length ? names : Object.keys(BENCHES)) {
	results.push(await BENCHES[name]?.());
}
if (results.some((ok) => !ok)) {
	console.log('\nSome figures miss their targets.');
	process.exitCode = 1;
}
