// (b) An unknown chart id gets the prerendered 404 page with status 404 and a way back.
import { describe, expect, it } from 'vitest';
import { EXPECTED_IDS, readGallery, siteURL, textOf, useBrowser } from './browser';

const MISSING = '/en/charts/no-such-chart';

const chromium = useBrowser();

describe('404 page', () => {
	it('answers an unknown chart id with HTTP 404 and an HTML page', async () => {
		const response = await fetch(siteURL(MISSING));
		expect(response.status).toBe(404);
		expect(response.headers.get('content-type')).toMatch(/^text\/html/);
		const html = await response.text();
		// No language is known at an unknown address: the page says it in all three.
		for (const words of ['Page not found', 'Бет табылмады', 'Страница не найдена']) {
			expect(html).toContain(words);
		}
	});

	for (const javaScriptEnabled of [true, false]) {
		it(`shows "not found" and links back to the list of articles (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
			const tracked = await chromium.open({ javaScriptEnabled });
			const { page } = tracked;
			const response = await page.goto(siteURL(MISSING), { waitUntil: 'networkidle' });
			expect(response?.status()).toBe(404);
			expect(await textOf(page, 'main')).toMatch(/Page not found/);

			await page.locator('a[href="/en"]').first().click();
			await page.waitForURL(siteURL('/en'));
			await page.waitForLoadState('networkidle');
			// The list of articles: each article's first chart drawn as a card.
			expect((await readGallery(page)).map((card) => card.id)).toEqual([EXPECTED_IDS[0]]);
			expect(await textOf(page, 'h1')).not.toMatch(/not found/i);

			// The one expected problem is the 404 of the page itself (and Chromium's console line for it).
			const expected = (problem: string) =>
				problem === `HTTP 404: GET ${siteURL(MISSING)}` ||
				(problem.startsWith('console error: Failed to load resource') &&
					problem.includes('404') &&
					problem.endsWith(`(at ${siteURL(MISSING)})`));
			expect(tracked.problems.filter((problem) => !expected(problem))).toEqual([]);
			await tracked.close();
		});
	}
});
