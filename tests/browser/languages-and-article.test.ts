// Languages and the two-way trace: every page exists in Kazakh, English and Russian with its
// lang attribute, hreflang alternates and a switcher; the article view links every charted
// number to its chart, and each chart leads back to its sentence, highlighted on arrival.
import { describe, expect, it } from 'vitest';
import {
	expectNoProblems,
	siteURL,
	textOf,
	visit,
	useBrowser,
	chartPage,
	articlePage
} from './browser';

const chromium = useBrowser();

describe('languages', () => {
	it('serves each page in kk, en and ru, with lang, hreflang and a working switcher', async () => {
		const tracked = await chromium.open();
		const { page } = tracked;
		for (const [lang, h1] of [
			['kk', 'Жапония Қазақстанға 8,5 млрд доллардан астам қаржы салған'],
			['en', 'Japan has invested more than $8.5 bn in Kazakhstan'],
			['ru', 'Япония вложила в Казахстан более 8,5 млрд долларов']
		] as const) {
			await visit(page, chartPage(lang, 'japan-investment'));
			expect(await page.locator('html').getAttribute('lang')).toBe(lang);
			expect(await textOf(page, 'h1')).toBe(h1);
			const alternates = await page.$$eval('link[rel="alternate"][hreflang]', (links) =>
				links.map((l) => [
					l.getAttribute('hreflang'),
					new URL((l as HTMLLinkElement).href).pathname
				])
			);
			expect(alternates).toEqual(
				expect.arrayContaining([
					['kk', chartPage('kk', 'japan-investment')],
					['en', chartPage('en', 'japan-investment')],
					['ru', chartPage('ru', 'japan-investment')],
					['x-default', chartPage('en', 'japan-investment')]
				])
			);
		}
		// The quote stays Kazakh; the translation under it follows the interface.
		expect(await page.locator('blockquote[lang="kk"]').first().textContent()).toContain(
			'8,5 миллиард'
		);
		expect(await textOf(page, '[data-translation]')).toMatch(/^Перевод/);
		await page.getByRole('link', { name: 'Қазақша' }).click();
		await page.waitForURL(siteURL(chartPage('kk', 'japan-investment')));
		expect(await page.locator('[data-translation]').count()).toBe(0);
		await page.getByRole('link', { name: 'English' }).click();
		await page.waitForURL(siteURL(chartPage('en', 'japan-investment')));
		expect(await textOf(page, '[data-translation]')).toMatch(/^Translation/);
		expectNoProblems(tracked);
		await tracked.close();
	});

	it('formats numbers for the language', async () => {
		const tracked = await chromium.open();
		await visit(tracked.page, chartPage('ru', 'money-figures'));
		const svgText = await tracked.page
			.locator('figure[data-chart] svg:visible')
			.first()
			.textContent();
		expect(svgText).toContain('8,5\u00a0млрд\u00a0$+');
		await visit(tracked.page, chartPage('kk', 'visit-agreements'));
		expect(await textOf(tracked.page, '.fact h3')).toContain('60-тан астам екіжақты құжат');
		await tracked.close();
	});

	it('answers an unknown language with a 404', async () => {
		for (const path of ['/de', '/de/charts/japan-investment', '/fr/article']) {
			expect((await fetch(siteURL(path))).status, path).toBe(404);
		}
	});

	it.each([
		['/en/charts/japan-investment', chartPage('en', 'japan-investment')],
		['/kk/charts/middle-corridor', chartPage('kk', 'middle-corridor')],
		['/ru/article', articlePage('ru')]
	])('forwards the first address %s to %s, without JavaScript', async (from, to) => {
		const tracked = await chromium.open({ javaScriptEnabled: false });
		await tracked.page.goto(siteURL(from));
		await tracked.page.waitForURL(siteURL(to));
		expect(await textOf(tracked.page, 'h1')).not.toBe('');
		await tracked.close();
	});

	it('keeps the first permalinks, /charts/<id>, leading to the English page', async () => {
		const tracked = await chromium.open({ javaScriptEnabled: false });
		await tracked.page.goto(siteURL('/charts/japan-investment'));
		await tracked.page.waitForURL(siteURL(chartPage('en', 'japan-investment')));
		expect(await textOf(tracked.page, 'h1')).toBe(
			'Japan has invested more than $8.5 bn in Kazakhstan'
		);
		await tracked.close();
	});
});

describe('the article, traceable both ways', () => {
	it('links every charted number to its chart, and every chart back to its sentence', async () => {
		const tracked = await chromium.open();
		const { page } = tracked;
		await visit(page, articlePage('en'));
		const links = await page.$$eval('a[data-chart-link]', (as) =>
			as.map((a) => [a.textContent, new URL((a as HTMLAnchorElement).href).pathname])
		);
		expect(links).toEqual(
			expect.arrayContaining([
				['80 пайыздан астамы', chartPage('en', 'overland-cargo-share')],
				['6500 км', chartPage('en', 'middle-corridor')],
				['бір пайыздан төмен', chartPage('en', 'japan-central-asia-trade-share')],
				['8,5 миллиард доллардан асқан', expect.stringMatching(/^\/en\/articles\/[^/]+\/charts\//)],
				['60-тан астам', chartPage('en', 'visit-agreements')]
			])
		);
		// The full text is there, verbatim.
		const text = await textOf(page, '.article-text');
		expect(text).toContain(
			'Ресми ақпаратқа қарағанда, былтыр екі ел арасындағы сауда көлемі 2 млрд долларға жеткен.'
		);

		await page.locator('a[data-chart-link="overland-cargo-share"]').click();
		await page.waitForURL(siteURL(chartPage('en', 'overland-cargo-share')));
		await page.getByRole('link', { name: 'Read it in the article' }).click();
		await page.waitForURL(new RegExp(`${articlePage('en')}#sentence-\\d+$`));
		const target = await page.evaluate(() => {
			const el = document.querySelector(':target');
			return el && { text: el.textContent, background: getComputedStyle(el).backgroundColor };
		});
		expect(target?.text).toBe(
			'Азия мен Еуропа бағытында құрлық жолымен тасымалданатын жүктің 80 пайыздан астамы Қазақстан арқылы өтеді.'
		);
		expect(target?.background).not.toBe('rgba(0, 0, 0, 0)');
		expectNoProblems(tracked);
		await tracked.close();
	});

	it('lists the numbers it does not chart, with the reason, and the statements without a figure', async () => {
		const tracked = await chromium.open();
		await visit(tracked.page, articlePage('en'));
		expect(await textOf(tracked.page, '.not-charted')).toContain('“екі ел”');
		expect(await textOf(tracked.page, '[data-statement="declaration-priorities"]')).toContain(
			'A list of three areas, not a quantity'
		);
		await tracked.close();
	});
});

describe('provenance on the marks', () => {
	it('shows the number as printed and its sentence when a mark is focused or hovered', async () => {
		const tracked = await chromium.open();
		const { page } = tracked;
		await visit(page, chartPage('en', 'money-figures'));
		const marks = page.locator('figure[data-chart] svg:visible [data-fact][tabindex="0"]');
		expect(await marks.count()).toBe(3);
		const tooltip = page.getByRole('tooltip');

		await page.keyboard.press('Tab');
		await marks.nth(1).focus();
		await expect.poll(() => tooltip.textContent()).toContain('“8,5 миллиард доллардан асқан”');
		expect(await tooltip.textContent()).toContain('Оның Қазақстанға құйған қаржы көлемі');
		expect(await marks.nth(1).getAttribute('aria-label')).toBe(
			'Japan’s investment in Kazakhstan: more than $8.5\u00a0bn. “8,5 миллиард доллардан асқан”'
		);
		await page.keyboard.press('Escape');
		await expect.poll(() => tooltip.count()).toBe(0);

		await marks.nth(0).hover();
		await expect.poll(() => tooltip.textContent()).toContain('“2 млрд долларға”');
		await page.mouse.move(0, 0);
		await expect.poll(() => tooltip.count()).toBe(0);

		// The pointer passing over another mark and leaving gives the focused mark its tooltip back.
		await marks.nth(2).focus();
		await expect.poll(() => tooltip.textContent()).toContain('“3,7 млрд доллардан асатын”');
		await marks.nth(0).hover();
		await expect.poll(() => tooltip.textContent()).toContain('“2 млрд долларға”');
		expect(await tooltip.count()).toBe(1);
		await page.mouse.move(0, 0);
		await expect.poll(() => tooltip.textContent()).toContain('“3,7 млрд доллардан асатын”');
		expectNoProblems(tracked);
		await tracked.close();
	});
});
