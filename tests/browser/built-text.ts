// What a reader reads on the built site, split into the text we wrote and the article's own
// words: elements marked `data-verbatim` (with lang="kk") are the article's, code snippets to
// paste are code, and everything else, attributes a reader meets included, is ours.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import type { Lang } from '../../src/lib/data/types';

/** Every file under `dir` whose name ends with `ext`. */
export function filesUnder(dir: string, ext: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name.endsWith(ext))
		.map((e) => path.join(e.parentPath, e.name));
}

/** The HTML pages of one language: its gallery, article, chart and embed pages. */
export function pagesOf(buildDir: string, lang: Lang): string[] {
	return [path.join(buildDir, `${lang}.html`), ...filesUnder(path.join(buildDir, lang), '.html')];
}

const ARTICLE = readFileSync(
	'data/articles/2025-12-20-central-asia-japan-tokyo/article.kk.txt',
	'utf8'
);

const READ_ATTRIBUTES = ['alt', 'aria-label', 'title', 'content'];

/**
 * The text of a page that we wrote: without the article's words and without code snippets.
 * `keepQuotedPhrases` keeps the article's words we quote inside our sentences ("the article
 * says «асқан»"), for reading our wording rather than our typography.
 */
export function ourText(file: string, { keepQuotedPhrases = false } = {}): string {
	const { document } = new JSDOM(readFileSync(file, 'utf8')).window;
	// An attribute or an SVG <title> cannot mark words inside it: the article's words marked
	// elsewhere on the page (a mark's accessible name repeats the number as printed) are taken out.
	const verbatim = [...document.querySelectorAll('[data-verbatim]')]
		.map((e) => e.textContent ?? '')
		.filter(Boolean)
		.sort((x, y) => y.length - x.length);
	// Nor can an SVG <title> (an embed's marks repeat the number as printed in theirs): a quoted
	// phrase that stands verbatim in the article is the article's.
	const withoutVerbatim = (v: string) =>
		verbatim
			.reduce((s, w) => s.replaceAll(w, ''), v)
			.replace(/[«“]([^«»“”]+)[»”]/g, (q, inner: string) =>
				!keepQuotedPhrases && ARTICLE.includes(inner) ? '' : q
			);
	document
		.querySelectorAll('script, style, [data-verbatim], [data-snippet]')
		.forEach((e) => e.remove());
	const attributes = [...document.querySelectorAll('*')].flatMap((e) =>
		READ_ATTRIBUTES.flatMap((a) => {
			const v = e.getAttribute(a);
			// Only <meta name="description"> carries reader text in "content".
			if (v === null || (a === 'content' && e.getAttribute('name') !== 'description')) return [];
			return [withoutVerbatim(v)];
		})
	);
	return [
		withoutVerbatim(document.title),
		withoutVerbatim(document.body.textContent ?? ''),
		...attributes
	].join('\n');
}

/** The verbatim elements of a page, to check they carry the article's language. */
export function verbatimElements(file: string): Element[] {
	const { document } = new JSDOM(readFileSync(file, 'utf8')).window;
	return [...document.querySelectorAll('[data-verbatim]')];
}
