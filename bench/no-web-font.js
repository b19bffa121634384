// The page as it would be with no web font: a copy of the build whose HTML and CSS are the same but
// for every `@font-face` rule and font preload, and with no font files, so that the browser draws
// with the system's fonts. Lighthouse measures it in the same run as the real pages, so the cost
// of the web font is the difference, whatever the machine's noise.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const FONT_FILE = /\.(woff2?|ttf|otf)$/i;
const PRELOAD = /<link\b[^>]*\brel="?preload"?[^>]*\bas="?font"?[^>]*>\s*/gi;
const FACE = /@font-face\s*\{[^}]*\}/gi;

/**
 * Copies `dir` into a temporary folder without its web fonts.
 * @param {string} dir
 * @returns {Promise<{ dir: string, removed: { faces: number, preloads: number, files: number }, remove: () => Promise<void> }>}
 */
export async function withoutWebFont(dir) {
	const out = await mkdtemp(path.join(tmpdir(), 'derek-no-web-font-'));
	await cp(dir, out, { recursive: true });
	const removed = { faces: 0, preloads: 0, files: 0 };
	for (const entry of await readdir(out, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const file = path.join(entry.parentPath, entry.name);
		if (FONT_FILE.test(entry.name)) {
			await rm(file);
			removed.files += 1;
		} else if (/\.(html|css)$/i.test(entry.name)) {
			const text = await readFile(file, 'utf8');
			const stripped = text
				.replace(PRELOAD, () => (removed.preloads++, ''))
				.replace(FACE, () => (removed.faces++, ''));
			if (stripped !== text) await writeFile(file, stripped);
		}
	}
	return { dir: out, removed, remove: () => rm(out, { recursive: true, force: true }) };
}
