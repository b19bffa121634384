// Pages ship no app: a site page runs only /enhance.js, an embed only /embed-child.js, and no
// page has an inline script or an inline event handler. The bench measures the bytes; this
// catches any other script creeping back in.
import { describe, expect, it } from 'vitest';
import { GALLERY, expectNoProblems, visit, useBrowser } from './browser';

const chromium = useBrowser();

const PAGES: [string, string[]][] = [
	['/', []],
	[GALLERY, ['/enhance.js']],
	['/kk/charts/middle-corridor', ['/enhance.js']],
	['/ru/article', ['/enhance.js']],
	['/en/embed/money-figures', ['/embed-child.js']],
	['/en/embed/visit-agreements/dark', ['/embed-child.js']],
	['/en/no-such-page', []]
];

describe('the scripts a page runs', () => {
	it.each(PAGES)(
		'%s loads only %j, and has no inline script or handler',
		async (path, expected) => {
			const tracked = await chromium.open();
			const { page } = tracked;
			const scripts: string[] = [];
			page.on('request', (request) => {
				if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
			});
			await visit(page, path).catch(() => undefined);
			expect(scripts.sort()).toEqual(expected);
			const inline = await page.evaluate(() => ({
				scripts: [...document.scripts].filter((s) => !s.src).length,
				handlers: [...document.querySelectorAll('*')].flatMap((el) =>
					[...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)
				)
			}));
			expect(inline).toEqual({ scripts: 0, handlers: [] });
			if (!path.includes('no-such-page')) expectNoProblems(tracked);
			await tracked.close();
		}
	);
});
