// What search engines and feed readers read: sitemap.xml lists every page of the built site, in
// every language, with the same alternates the page carries; each language's Atom feed is valid
// RFC 4287 and every address in it is a built page; robots.txt names the sitemap.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/lib/data/types';

const BUILD = 'build';
const SITE = 'http://localhost:4173';
const ATOM = 'http://www.w3.org/2005/Atom';

/** Parses XML, failing on any parse error or warning (xmldom only reports them). */
function parse(file: string) {
	const problems: string[] = [];
	const doc = new DOMParser({
		onError: (level, msg) => problems.push(`${level}: ${msg}`)
	}).parseFromString(readFileSync(path.join(BUILD, file), 'utf8'), 'text/xml');
	expect(problems, file).toEqual([]);
	return doc.documentElement!;
}

const children = (el: Element, ns: string, name: string): Element[] =>
	[...el.childNodes].filter(
		(n): n is Element =>
			n.nodeType === 1 && (n as Element).namespaceURI === ns && (n as Element).localName === name
	);

/** The built file an address of the site is served from (pretty URLs: /en/article → en/article.html). */
function builtFile(url: string): string {
	expect(url.startsWith(`${SITE}/`), url).toBe(true);
	const pathname = url.slice(SITE.length);
	const candidates = [`${pathname}.html`, `${pathname}/index.html`, pathname];
	const found = candidates.find((c) => {
		try {
			return readFileSync(path.join(BUILD, c)).length > 0;
		} catch {
			return false;
		}
	});
	expect(found, `${url} is a built file`).toBeDefined();
	return found!;
}

/** Every page a reader lands on: HTML files but embeds, the 404 page, the language chooser and the old addresses that forward. */
function builtPages(): string[] {
	const pages: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(path.join(BUILD, dir), { withFileTypes: true })) {
			const rel = path.posix.join(dir, entry.name);
			if (entry.isDirectory()) walk(rel);
			else if (rel.endsWith('.html')) pages.push(`/${rel.replace(/\.html$/, '')}`);
		}
	};
	walk('');
	const forwards = (page: string) =>
		/http-equiv="refresh"/.test(readFileSync(path.join(BUILD, `${page}.html`), 'utf8'));
	return pages
		.filter((p) => LANGS.some((lang) => p === `/${lang}` || p.startsWith(`/${lang}/`)))
		.filter((p) => !/^\/[a-z]{2}\/embed\//.test(p) && !forwards(p))
		.sort();
}

describe('sitemap.xml', () => {
	const urlset = parse('sitemap.xml');
	const urls = children(urlset, 'http://www.sitemaps.org/schemas/sitemap/0.9', 'url');
	const locs = urls.map((u) => children(u, urlset.namespaceURI!, 'loc')[0]?.textContent ?? '');

	it('lists every page of the site, in every language, once', () => {
		expect(builtPages().length).toBeGreaterThan(20);
		expect(locs.map((l) => l.slice(SITE.length)).sort()).toEqual(builtPages());
		expect(new Set(locs).size).toBe(locs.length);
	});

	it('gives each page the language alternates the page itself links', () => {
		for (const [i, url] of urls.entries()) {
			const links = children(url, 'http://www.w3.org/1999/xhtml', 'link').map(
				(l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`
			);
			const html = readFileSync(path.join(BUILD, builtFile(locs[i]!)), 'utf8');
			const onPage = [
				...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)
			].map((m) => `${m[1]} ${m[2]}`);
			expect(links.sort(), locs[i]).toEqual(onPage.sort());
			expect(links.some((l) => l.startsWith('x-default '))).toBe(true);
		}
	});
});

describe.each(LANGS)('the %s Atom feed', (lang) => {
	const feed = parse(`${lang}/feed.xml`);
	const one = (el: Element, name: string) => {
		const found = children(el, ATOM, name);
		expect(found, `exactly one atom:${name}`).toHaveLength(1);
		return found[0]!;
	};
	const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

	it('is an atom:feed with the elements RFC 4287 requires', () => {
		expect(feed.namespaceURI).toBe(ATOM);
		expect(feed.localName).toBe('feed');
		expect(feed.getAttribute('xml:lang')).toBe(lang);
		expect(one(feed, 'id').textContent).toBe(`${SITE}/${lang}/feed.xml`);
		expect(one(feed, 'title').textContent).toMatch(/^derek: \S/);
		expect(one(feed, 'updated').textContent).toMatch(RFC3339);
		expect(one(one(feed, 'author'), 'name').textContent).toBe('derek');
		const self = children(feed, ATOM, 'link').find((l) => l.getAttribute('rel') === 'self');
		expect(self?.getAttribute('href')).toBe(`${SITE}/${lang}/feed.xml`);
	});

	it('has an entry per article, newest first, each linking a built page that lists its charts', () => {
		const entries = children(feed, ATOM, 'entry');
		expect(entries.length).toBeGreaterThan(0);
		const updated = entries.map((e) => one(e, 'updated').textContent ?? '');
		expect(updated).toEqual([...updated].sort().reverse());
		expect(one(feed, 'updated').textContent).toBe(updated[0]);
		for (const entry of entries) {
			expect(one(entry, 'id').textContent).toMatch(/^https?:\/\//);
			expect(one(entry, 'title').textContent?.trim()).not.toBe('');
			expect(one(entry, 'published').textContent).toMatch(RFC3339);
			const alternate = children(entry, ATOM, 'link').find(
				(l) => l.getAttribute('rel') === 'alternate'
			);
			builtFile(alternate!.getAttribute('href')!);
			const content = one(entry, 'content');
			expect(content.getAttribute('type')).toBe('html');
			const charts = [...(content.textContent ?? '').matchAll(/<a href="([^"]+)">/g)].map(
				(m) => m[1]!
			);
			expect(charts.length).toBeGreaterThan(0);
			for (const chart of charts) expect(builtFile(chart)).toMatch(/\/charts\//);
		}
	});

	it('is linked from every page in its language', () => {
		const html = readFileSync(path.join(BUILD, `${lang}.html`), 'utf8');
		expect(html).toContain(`type="application/atom+xml"`);
		expect(html).toContain(`href="${SITE}/${lang}/feed.xml"`);
	});
});

describe('robots.txt', () => {
	it('allows every page and names the sitemap by its absolute address', () => {
		const robots = readFileSync(path.join(BUILD, 'robots.txt'), 'utf8');
		expect(robots).toContain('User-agent: *\nAllow: /\n');
		expect(robots).toContain(`Sitemap: ${SITE}/sitemap.xml\n`);
	});
});
