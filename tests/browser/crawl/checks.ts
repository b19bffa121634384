// The checks that read a crawl's result: broken links and assets, missing fragments, loads from
// other origins, inline scripts; and how pages are named and grouped in test names.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { CrawledPage, Fetched, SiteCrawl } from './types';

/** The site paths of the HTML files of an adapter-static build folder (`en/article.html` → `/en/article`). */
export function builtPagePaths(dir: string): string[] {
	const out: string[] = [];
	const walk = (sub: string) => {
		for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
			const rel = sub ? `${sub}/${entry.name}` : entry.name;
			if (entry.isDirectory()) {
				if (!entry.name.startsWith('_') && !entry.name.startsWith('.')) walk(rel);
			} else if (entry.name.endsWith('.html')) {
				out.push(`/${rel.replace(/\.html$/, '').replace(/(^|\/)index$/, '')}`);
			}
		}
	};
	walk('');
	return out.sort();
}

/** `path (kind)` for messages and test names. */
export function describePage(page: CrawledPage): string {
	const notes = [
		page.kind === 'page' ? '' : page.kind,
		page.refresh ? `redirects to ${new URL(page.refresh).pathname}` : ''
	].filter(Boolean);
	return notes.length ? `${page.pathname} (${notes.join(', ')})` : page.pathname;
}

/**
 * The pages a reader reads: not those that only send the reader on with a meta refresh (their
 * targets are crawled as pages of their own, and their links are checked).
 */
export function readablePages(site: SiteCrawl): CrawledPage[] {
	return site.pages.filter((page) => !page.refresh);
}

/** One page for each value of `key`, with the pages it stands for. */
export function representatives(
	pages: CrawledPage[],
	key: (page: CrawledPage) => string
): { page: CrawledPage; standsFor: CrawledPage[] }[] {
	const groups = new Map<string, CrawledPage[]>();
	for (const page of pages) {
		const k = key(page);
		groups.set(k, [...(groups.get(k) ?? []), page]);
	}
	return [...groups.values()].map((group) => ({ page: group[0]!, standsFor: group }));
}

const ok = (f: Fetched | undefined) => f !== undefined && f.status >= 200 && f.status < 300;

/** How a fetch ended: `404 /x`, `301 /a → 200 /b`, or why it failed. */
export function answer(f: Fetched | undefined): string {
	if (!f) return 'never fetched';
	const hops = f.hops.map((hop) => `${hop.status} ${new URL(hop.url).pathname}`).join(' → ');
	return f.error ? `${hops ? `${hops} → ` : ''}${f.error}` : hops;
}

/**
 * Every internal URL a page, stylesheet or sitemap refers to that does not answer 2xx: one entry
 * per URL, `URL → answer`, with where each reference is (`page (via "href")`).
 */
export function brokenReferences(site: SiteCrawl): string[] {
	const broken = new Map<string, Set<string>>();
	for (const ref of site.references) {
		if (!ref.internal) continue;
		const fetched = site.fetched.get(ref.url);
		if (ok(fetched)) continue;
		const key = `${ref.url} → ${answer(fetched)}`;
		if (!broken.has(key)) broken.set(key, new Set());
		broken.get(key)!.add(`${new URL(ref.from).pathname} (${ref.via} "${ref.href}")`);
	}
	return [...broken].map(([url, from]) => `${url}\n    from ${[...from].join('\n    from ')}`);
}

/** Every `#fragment` of an internal link that names no element of the page it points to. */
export function missingFragments(site: SiteCrawl): string[] {
	const byURL = new Map(site.pages.map((p) => [p.url, p]));
	const missing = new Set<string>();
	for (const ref of site.references) {
		if (!ref.internal || !ref.hash || !ref.navigable) continue;
		const fetched = site.fetched.get(ref.url);
		const target = byURL.get(ref.url) ?? byURL.get(fetched?.finalURL ?? '');
		if (!target) continue; // not an HTML page: nothing to point into
		if (ref.hash !== 'top' && !target.ids.has(ref.hash)) {
			missing.add(`${new URL(ref.from).pathname}: ${ref.via} "${ref.href}" (no id="${ref.hash}")`);
		}
	}
	return [...missing];
}

/** Every resource on another origin that a page or stylesheet makes the browser load. */
export function offsiteLoads(site: SiteCrawl): string[] {
	const offsite = site.references
		.filter((r) => r.loads && !r.internal && r.url !== '')
		.map((r) => `${new URL(r.from).pathname}: ${r.via} "${r.href}"`);
	return [...new Set(offsite)];
}

/** Inline event handlers (`on…=`) and `javascript:` URLs in a page's HTML. */
export function inlineScript(document: Document): string[] {
	const found: string[] = [];
	for (const el of document.querySelectorAll('*')) {
		for (const attr of el.attributes) {
			if (/^on/i.test(attr.name)) found.push(`<${el.localName} ${attr.name}="${attr.value}">`);
			if (/^(href|src|action|formaction|data|xlink:href)$/i.test(attr.name)) {
				if (/^\s*javascript:/i.test(attr.value)) {
					found.push(`<${el.localName} ${attr.name}="${attr.value}">`);
				}
			}
		}
	}
	return found;
}
