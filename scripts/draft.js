// Reads an article and prints every number it states as draft candidates, one JSON document:
//   npm run --silent draft -- <article.txt> --lang <kk|ru|en> --json
// Standard output holds only the JSON; messages go to standard error. The reader is the build's
// own (src/lib/data/reader), loaded through Vite.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { withModule } from './load-module.js';

const LANGS = ['kk', 'ru', 'en'];
const USAGE = 'usage: npm run --silent draft -- <article.txt> --lang <kk|ru|en> --json';

/** @param {string} message @param {number} [code] @returns {never} */
function fail(message, code = 1) {
	console.error(`derek draft: ${message}`);
	process.exit(code);
}

const args = process.argv.slice(2);
/** @type {string | undefined} */
let file;
/** @type {string | undefined} */
let lang;
let json = false;
for (let i = 0; i < args.length; i++) {
	const arg = args[i];
	if (arg === '--lang') lang = args[++i];
	else if (arg?.startsWith('--lang=')) lang = arg.slice('--lang='.length);
	else if (arg === '--json') json = true;
	else if (arg === '--out' || arg?.startsWith('--out='))
		fail('--out (writing an article folder) is not available yet; use --json', 2);
	else if (arg?.startsWith('-')) fail(`unknown option ${arg}\n${USAGE}`, 2);
	else if (file === undefined) file = arg;
	else fail(`one article at a time ("${arg}" is a second file)\n${USAGE}`, 2);
}
if (!file) fail(`no article file given\n${USAGE}`, 2);
if (lang === undefined) fail(`no language given: say --lang kk, ru or en\n${USAGE}`, 2);
if (!LANGS.includes(lang))
	fail(`unknown language "${lang}": the reader reads ${LANGS.join(', ')}`, 2);
if (!json) fail(`say --json: candidates are printed as JSON\n${USAGE}`, 2);

const path = resolve(file);
/** @type {Buffer} */
let bytes;
try {
	if (statSync(path).isDirectory()) fail(`${file} is a folder, not an article file`);
	bytes = readFileSync(path);
} catch (e) {
	const err = /** @type {NodeJS.ErrnoException} */ (e);
	fail(
		err.code === 'ENOENT'
			? `${file}: no such file`
			: err.code === 'EACCES'
				? `${file}: permission denied`
				: `${file}: cannot be read (${err.message})`
	);
}
/** @type {string} */
let text;
try {
	text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
} catch {
	fail(`${file} is not UTF-8 text`);
}
// NUL and other control characters (but tab and line breaks) mean a binary file, not text.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const control = text.search(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
if (control >= 0) fail(`${file} is not text (a control character at offset ${control})`);
text = text.replace(/^\uFEFF/, '');
if (text.trim() === '') fail(`${file} is empty: an article needs a title and some text`);

await withModule(
	'/src/lib/data/reader/index.ts',
	({ readArticle }) => {
		const candidates = readArticle(lang, text);
		process.stdout.write(`${JSON.stringify({ candidates }, null, '\t')}\n`);
		console.error(`derek draft: ${candidates.length} candidates in ${file}`);
	},
	{ plain: true }
);
