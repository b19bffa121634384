// Export, from the reader's side: each chart page's download links give files with the right
// names and types, and the citation is copied by its button (and readable without JavaScript).
import { describe, expect, it } from 'vitest';
import { EXPECTED_IDS, expectNoProblems, siteURL, visit, useBrowser, chartPage } from './browser';

const chromium = useBrowser();

const TYPES: Record<string, RegExp> = {
	svg: /^image\/svg\+xml/,
	png: /^image\/png$/,
	pdf: /^application\/pdf$/,
	csv: /^text\/csv; charset=utf-8$/,
	json: /^application\/json; charset=utf-8$/
};

/** What a bounded figure's file names say: the bound, not only the number ("1pct" reads as one percent). */
const FIGURE_IN_NAME: Record<string, string> = {
	'japan-investment': 'over-8\\.5bn',
	'japan-central-asia-trade-share': 'under-1pct',
	'visit-agreements': 'over-60',
	'overland-cargo-share': 'over-80pct',
	'kazakhstan-japan-trade': '2bn'
};

describe('downloads', () => {
	it.each(EXPECTED_IDS)(
		'chart %s offers SVG, PNG, PDF, CSV and JSON under names that say the figure and its bound',
		async (id) => {
			const tracked = await chromium.open({ acceptDownloads: true });
			const { page } = tracked;
			await visit(page, chartPage('en', id));
			const links = page.locator('a[download][data-format]');
			expect(await links.count()).toBe(5);
			for (const link of await links.all()) {
				const format = (await link.getAttribute('data-format'))!;
				const name = (await link.getAttribute('download'))!;
				expect(name).toMatch(
					new RegExp(`^derek-${id}-${FIGURE_IN_NAME[id] ?? '[0-9a-z.]+'}-en\\.${format}$`)
				);

				const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
				expect(download.suggestedFilename()).toBe(name);
				expect(await download.failure()).toBeNull();

				const response = await page.request.get(siteURL((await link.getAttribute('href'))!));
				expect(response.status()).toBe(200);
				expect(response.headers()['content-type']).toMatch(TYPES[format]!);
				const body = await response.body();
				expect(body.length).toBeGreaterThan(300);
				if (format === 'svg') expect(body.toString('utf8')).toContain('<svg xmlns=');
				if (format === 'png') expect(body.subarray(1, 4).toString()).toBe('PNG');
				if (format === 'pdf') expect(body.subarray(0, 5).toString()).toBe('%PDF-');
			}
			expectNoProblems(tracked);
			await tracked.close();
		}
	);
});

describe('citation', () => {
	it('copies the citation and the BibTeX entry with their buttons', async () => {
		const tracked = await chromium.open();
		const { page } = tracked;
		await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
			origin: new URL(siteURL('/')).origin
		});
		await visit(page, chartPage('en', 'japan-investment'));
		for (const [kind, button] of [
			['text', 'Copy citation'],
			['bibtex', 'Copy BibTeX']
		]) {
			const shown = await page.locator(`pre[data-citation="${kind}"]`).textContent();
			const copy = page.getByRole('button', { name: button });
			await copy.click();
			const status = copy.locator('xpath=following-sibling::*[@role="status"]');
			await expect.poll(() => status.textContent()).toBe('Copied');
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
		}
		expect(await page.locator('pre[data-citation="text"]').textContent()).toContain(
			chartPage('en', 'japan-investment')
		);
		expectNoProblems(tracked);
		await tracked.close();
	});

	it('shows the citation without JavaScript, and no button that would do nothing', async () => {
		const tracked = await chromium.open({ javaScriptEnabled: false });
		const { page } = tracked;
		await visit(page, chartPage('en', 'japan-investment'));
		expect(await page.locator('pre[data-citation="text"]').textContent()).toMatch(
			/^derek, “Japan has invested more than \$8\.5\u00a0bn in Kazakhstan”/
		);
		expect(await page.locator('pre[data-citation="bibtex"]').textContent()).toMatch(/^@misc\{/);
		expect(await page.getByRole('button', { name: 'Copy citation' }).count()).toBe(0);
		await tracked.close();
	});
});
