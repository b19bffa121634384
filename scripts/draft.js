// Reads an article and prints every number it states as draft candidates, one JSON document:
//   npm run --silent draft -- <article.txt> --lang <kk|ru|en> --json
// or writes a new article folder from them, that builds as it is and marks what a person must
// still write (src/lib/data/draft/write-draft.ts):
//   npm run draft -- <article.txt> --lang <kk|ru|en> --out <folder> [--date YYYY-MM-DD]
// Standard output holds only the JSON; messages go to standard error. The reader is the build's
// own (src/lib/data/reader), loaded through Vite.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const LANGS = ['kk', 'ru', 'en'];
const USAGE =
	'usage: npm run --silent draft -- <article.txt> --lang <kk|ru|en> --json\n' +
	'       npm run draft -- <article.txt> --lang <kk|ru|en> --out <folder> [--date YYYY-MM-DD]';

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
/** @type {string | undefined} */
let out;
/** @type {string | undefined} */
let date;
for (let i = 0; i < args.length; i++) {
	const arg = args[i];
	if (arg === '--lang') lang = args[++i];
	else if (arg?.startsWith('--lang=')) lang = arg.slice('--lang='.length);
	else if (arg === '--json') json = true;
	else if (arg === '--out') out = args[++i];
	else if (arg?.startsWith('--out=')) out = arg.slice('--out='.length);
	else if (arg === '--date') date = args[++i];
	else if (arg?.startsWith('--date=')) date = arg.slice('--date='.length);
	else if (arg?.startsWith('-')) fail(`unknown option ${arg}\n${USAGE}`, 2);
	else if (file === undefined) file = arg;
	else fail(`one article at a time ("${arg}" is a second file)\n${USAGE}`, 2);
}
if (!file) fail(`no article file given\n${USAGE}`, 2);
if (lang === undefined) fail(`no language given: say --lang kk, ru or en\n${USAGE}`, 2);
if (!LANGS.includes(lang))
	fail(`unknown language "${lang}": the reader reads ${LANGS.join(', ')}`, 2);
if (json === (out !== undefined))
	fail(
		`say --json (candidates printed as JSON) or --out <folder> (an article folder)\n${USAGE}`,
		2
	);
if (out === '') fail(`--out needs a folder\n${USAGE}`, 2);
if (date !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(date))))
	fail(`--date "${date}" is not a date in the form YYYY-MM-DD`, 2);
if (out !== undefined && existsSync(out)) {
	if (!statSync(out).isDirectory()) fail(`--out ${out} is a file, not a folder`);
	if (readdirSync(out).length > 0)
		fail(`--out ${out} exists and is not empty: drafting never overwrites; give a new folder`);
}

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

// Vite is loaded only once the input is known to be good, so bad input fails at once.
const { withModule } = await import('./load-module.js');
if (out === undefined) {
	await withModule(
		'/src/lib/data/reader/index.ts',
		({ readArticle }) => {
			const candidates = readArticle(lang, text);
			process.stdout.write(`${JSON.stringify({ candidates }, null, '\t')}\n`);
			console.error(`derek draft: ${candidates.length} candidates in ${file}`);
		},
		{ plain: true }
	);
} else {
	const folder = out;
	await withModule(
		'/src/lib/data/draft/write-draft.ts',
		({ writeDraft }) => {
			/** @type {Record<string, string>} */
			const files = writeDraft({ text, lang, ...(date ? { date } : {}) });
			mkdirSync(folder, { recursive: true });
			for (const [name, content] of Object.entries(files))
				writeFileSync(join(folder, name), content);
			const facts = JSON.parse(files['facts.json'] ?? '[]').length;
			console.error(
				`derek draft: wrote ${folder} (${facts} facts, each with a draft chart); ` +
					'the fields listed in each record\'s "draft" still need a person'
			);
		},
		// The chooser reads the chart registry, whose types are Svelte: the full config.
		{}
	);
}
