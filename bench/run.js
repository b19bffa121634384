// `npm run bench`: prints every measured figure and whether it meets its target.
import { benchEmbed } from './embed.js';
import { benchExport } from './export.js';
import { benchPages } from './pages.js';

const results = [await benchExport(), benchEmbed(), await benchPages()];
if (results.some((ok) => !ok)) {
	console.log('\nSome figures miss their targets.');
	process.exitCode = 1;
}
