// Pages ship no app: a site page runs only static/enhance.js, an embed only static/embed-child.js,
// written into the page (a fetched script is one more request before the largest paint) and
// allowed by the CSP by its hash alone; no page fetches a script or has an inline event handler,
// and its inlined styles too are allowed by their hashes, with no 'unsafe-inline'.
// The bench measures the bytes; this catches any other script creeping back in.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	ARTICLE_LIST,
	GALLERY,
	expectNoProblems,
	visit,
	useBrowser,
	chartPage,
	articlePage
} from './browser';

const chromium = useBrowser();

const PAGES: [string, string[]][] = [
	['/', []],
	[ARTICLE_LIST, ['/enhance.js']],
	[GALLERY, ['/enhance.js']],
	[chartPage('kk', 'middle-corridor'), ['/enhance.js']],
	[articlePage('ru'), ['/enhance.js']],
	['/en/embed/money-figures', ['/embed-child.js']],
	['/en/embed/visit-agreements/dark', ['/embed-child.js']],
	['/en/no-such-page', []]
];

describe('the scripts a page runs', () => {
	it.each(PAGES)(
		'%s runs only %j, inline and allowed by its hash, and fetches no script',
		async (path, expected) => {
			const tracked = await chromium.open();
			const { page } = tracked;
			const scripts: string[] = [];
			page.on('request', (request) => {
				if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
			});
			await visit(page, path).catch(() => undefined);
			expect(scripts).toEqual([]);
			const inline = await page.evaluate(() => ({
				scripts: [...document.scripts].map((s) => (s.src ? `src=${s.src}` : s.text)),
				styles: [...document.querySelectorAll('style')].map((s) => s.textContent ?? ''),
				styled: document.querySelectorAll('[style]').length,
				policy:
					document
						.querySelector('meta[http-equiv="content-security-policy"]')
						?.getAttribute('content') ?? '',
				handlers: [...document.querySelectorAll('*')].flatMap((el) =>
					[...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)
				)
			}));
			const files = expected.map((file) => readFileSync(`static${file}`, 'utf8'));
			expect(inline.scripts).toEqual(files);
			expect(inline.handlers).toEqual([]);
			const scriptSrc = /script-src ([^;]*)/.exec(inline.policy)?.[1]?.split(' ') ?? [];
			for (const code of files) {
				const hash = createHash('sha256').update(code).digest('base64');
				expect(scriptSrc).toContain(`'sha256-${hash}'`);
			}
			expect(scriptSrc.filter((s) => /unsafe/.test(s))).toEqual([]);
			// Styles too are allowed by their hashes only: no 'unsafe-inline', no style attribute.
			const styleSrc = /style-src ([^;]*)/.exec(inline.policy)?.[1]?.split(' ') ?? [];
			expect(styleSrc.filter((s) => /unsafe/.test(s))).toEqual([]);
			for (const css of inline.styles) {
				const hash = createHash('sha256').update(css).digest('base64');
				expect(styleSrc).toContain(`'sha256-${hash}'`);
			}
			expect(inline.styled).toBe(0);
			if (!path.includes('no-such-page')) expectNoProblems(tracked);
			await tracked.close();
		}
	);
});
