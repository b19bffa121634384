// A drafted article, built from the fixture library (inject('libraryURL'), helper "sources"'s
// build of tests/fixtures/library): its chart page and embed say "draft, not reviewed" in every
// language, and so does its exported figure.
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser';

declare module 'vitest' {
	export interface ProvidedContext {
		libraryURL: string;
	}
}

const chromium = useBrowser();
const SLUG = '2026-02-03-budget-deficit';
const MARK = { kk: 'Жоба, тексерілмеген', en: 'Draft, not reviewed', ru: 'Черновик, не проверен' };
const at = (path: string) => new URL(path, inject('libraryURL')).href;

describe('a drafted article builds and shows its draft marks', () => {
	it.each(Object.entries(MARK))('%s: the chart page and its embed say so', async (lang, mark) => {
		const tracked = await chromium.open();
		try {
			const page = await tracked.page.goto(at(`/${lang}/articles/${SLUG}/charts/p6-percent`));
			expect(page?.status()).toBe(200);
			await expect
				.poll(() => tracked.page.locator('[data-draft]').innerText())
				.toMatch(new RegExp(mark, 'i'));
			await tracked.page.goto(at(`/${lang}/articles/${SLUG}/embed/p6-percent`));
			expect(await tracked.page.locator('[data-draft]').innerText()).toMatch(new RegExp(mark, 'i'));
		} finally {
			await tracked.close();
		}
	});

	it('its exported SVG says so too', async () => {
		const file = `/en/articles/${SLUG}/charts/p6-percent/derek-p6-percent-over-40pct-en.svg`;
		const response = await fetch(at(file));
		expect(response.status).toBe(200);
		expect(await response.text()).toContain('DRAFT, NOT REVIEWED');
	});
});
