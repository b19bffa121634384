// Browsing: from the list of articles to a country's list and on to a chart, and from a kind of
// figure to a chart, with and without JavaScript; the lists' words in each language; the
// addresses the lists do not have answer 404.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import {
	ARTICLE_LIST,
	REAL_ARTICLE,
	expectNoProblems,
	siteURL,
	textOf,
	useBrowser,
	visit
} from './browser';

const chromium = useBrowser();

const folder = `data/articles/${REAL_ARTICLE}`;
const facts = JSON.parse(readFileSync(`${folder}/facts.json`, 'utf8')) as {
	id: string;
	parties: string[];
	kind: string;
}[];
const charts = JSON.parse(readFileSync(`${folder}/charts.json`, 'utf8')) as {
	id: string;
	facts: string[];
	title: Record<string, string>;
}[];
/** The real article's charts with a figure `keep` selects, in the article's order. */
const chartsWith = (keep: (fact: (typeof facts)[number]) => boolean) =>
	charts.filter((c) => c.facts.some((id) => keep(facts.find((f) => f.id === id)!)));

/** The charts a list page shows, drawn or linked, by the chart ids of their links. */
const listedCharts = (page: import('playwright-core').Page) =>
	page.$$eval('[data-listed-article] a[href*="/charts/"]', (links) => [
		...new Set(links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split('/').pop()))
	]);

describe('browsing by country and by kind of figure', () => {
	for (const javaScriptEnabled of [true, false]) {
		it(`list → country → chart (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
			const tracked = await chromium.open({ javaScriptEnabled });
			const { page } = tracked;
			await visit(page, ARTICLE_LIST);
			const filters = page.locator('nav[data-filters]');
			// Every country the figures name is a link, with how many articles name it.
			for (const name of ['Kazakhstan', 'Japan', 'China']) {
				await expect.poll(() => filters.getByRole('link', { name, exact: true }).count()).toBe(1);
			}
			expect(await filters.textContent()).toMatch(/Kazakhstan \(1 article\)/);

			await filters.getByRole('link', { name: 'Kazakhstan', exact: true }).click();
			await page.waitForURL(siteURL('/en/countries/kz'));
			expect(await textOf(page, 'h1')).toBe('Kazakhstan');
			const kz = chartsWith((f) => f.parties.includes('KZ'));
			expect(kz.length).toBeLessThan(charts.length);
			expect(await listedCharts(page)).toEqual(kz.map((c) => c.id));
			// Each figure's sentence is quoted, verbatim and in its language, beside our translation.
			expect(await page.locator('[data-listed-article] blockquote[lang="kk"]').count()).toBe(
				await page.locator('[data-listed-article] [data-translation]').count()
			);
			expect(await page.locator('[aria-current="page"]', { hasText: 'Kazakhstan' }).count()).toBe(
				1
			);

			const last = kz.at(-1)!;
			await page.getByRole('link', { name: last.title.en, exact: true }).first().click();
			await page.waitForURL(siteURL(`/en/articles/${REAL_ARTICLE}/charts/${last.id}`));
			expect(await textOf(page, 'h1')).toBe(last.title.en);
			expect(await textOf(page, 'blockquote[lang="kk"] mark')).toMatch(/\d/);
			expectNoProblems(tracked);
			await tracked.close();
		});
	}

	it('kind → chart: the kinds page lists every kind, a kind’s page its charts', async () => {
		const tracked = await chromium.open({ javaScriptEnabled: false });
		const { page } = tracked;
		await visit(page, '/en/kinds');
		expect(await textOf(page, 'h1')).toBe('Kinds of figure');
		const kinds = new Set(facts.map((f) => f.kind));
		expect(await page.locator('main li a').count()).toBe(kinds.size);

		await page.getByRole('link', { name: 'share of a total', exact: true }).click();
		await page.waitForURL(siteURL('/en/kinds/share'));
		expect(await textOf(page, 'h1')).toBe('Share of a total');
		const shares = chartsWith((f) => f.kind === 'share');
		expect(shares.length).toBe(2);
		expect(await listedCharts(page)).toEqual(shares.map((c) => c.id));

		await page.getByRole('link', { name: shares[1]!.title.en, exact: true }).click();
		await page.waitForURL(siteURL(`/en/articles/${REAL_ARTICLE}/charts/${shares[1]!.id}`));
		expect(await textOf(page, 'h1')).toBe(shares[1]!.title.en);
		expectNoProblems(tracked);
		await tracked.close();
	});

	it('names the countries and kinds in each language, and the language switch keeps the list', async () => {
		const tracked = await chromium.open({ javaScriptEnabled: false });
		const { page } = tracked;
		await visit(page, '/kk/countries/cn');
		expect(await textOf(page, 'h1')).toBe('Қытай');
		await page.locator('nav[aria-label] a[hreflang="ru"]').click();
		await page.waitForURL(siteURL('/ru/countries/cn'));
		expect(await textOf(page, 'h1')).toBe('Китай');
		expect(await page.locator('html').getAttribute('lang')).toBe('ru');
		await visit(page, '/ru/kinds/trade-flow');
		expect(await textOf(page, 'h1')).toBe('Годовой товарооборот');
		await visit(page, '/ru/countries');
		expect(await textOf(page, 'main')).toMatch(/Казахстан \(1 статья\)/);
		expectNoProblems(tracked);
		await tracked.close();
	});

	it.each([
		'/en/countries/xx',
		'/en/countries/KZ',
		'/en/kinds/no-such-kind',
		'/en/page/2',
		'/en/page/1',
		'/en/countries/kz/page/2'
	])('%s is not a page: 404', async (path) => {
		const tracked = await chromium.open();
		const response = await tracked.page.goto(siteURL(path));
		expect(response?.status()).toBe(404);
		await tracked.close();
	});
});

describe('browsing a library of articles in three languages (tests/fixtures/library)', () => {
	const libraryURL = (path: string) => new URL(path, inject('libraryURL')).href;
	const listed = (page: import('playwright-core').Page) =>
		page.$$eval('[data-listed-article]', (all) =>
			all.map((a) => a.getAttribute('data-listed-article'))
		);
	const library = 'tests/fixtures/library/articles';
	const slugs = readdirSync(library).sort().reverse();
	const factsOf = (slug: string) =>
		JSON.parse(readFileSync(`${library}/${slug}/facts.json`, 'utf8')) as (typeof facts)[number][];

	it('list → country: a country’s page lists every article naming it, newest first, each quoting its own language', async () => {
		const tracked = await chromium.open({ javaScriptEnabled: false });
		const { page } = tracked;
		await page.goto(libraryURL('/en'));
		expect(await listed(page)).toEqual(slugs);
		await page
			.locator('nav[data-filters]')
			.getByRole('link', { name: 'China', exact: true })
			.click();
		await page.waitForURL(libraryURL('/en/countries/cn'));
		const naming = slugs.filter((s) => factsOf(s).some((f) => f.parties.includes('CN')));
		expect(naming.length).toBeGreaterThanOrEqual(2);
		expect(await listed(page)).toEqual(naming);
		for (const slug of naming) {
			const lang = (
				JSON.parse(readFileSync(`${library}/${slug}/article.json`, 'utf8')) as { lang: string }
			).lang;
			const quotes = page.locator(`[data-listed-article="${slug}"] blockquote`);
			expect(await quotes.count()).toBeGreaterThan(0);
			expect(
				new Set(await quotes.evaluateAll((q) => q.map((e) => e.getAttribute('lang'))))
			).toEqual(new Set([lang]));
		}
		// On to a chart of the second article.
		const link = page.locator(`[data-listed-article="${naming[1]}"] a[href*="/charts/"]`).first();
		const href = new URL((await link.getAttribute('href'))!, libraryURL('/')).pathname;
		await link.click();
		await page.waitForURL(libraryURL(href));
		expect(href).toMatch(new RegExp(`^/en/articles/${naming[1]}/charts/`));
		expect(await textOf(page, 'h1')).not.toBe('');
		expectNoProblems(tracked);
		await tracked.close();
	});

	it('kind → chart: a kind shared by articles lists each of them', async () => {
		const tracked = await chromium.open({ javaScriptEnabled: false });
		const { page } = tracked;
		await page.goto(libraryURL('/ru/kinds'));
		await page.getByRole('link', { name: 'экспорт за год', exact: false }).first().click();
		const kind = new URL(page.url()).pathname.split('/').pop()!;
		const having = slugs.filter((s) => factsOf(s).some((f) => f.kind === kind));
		expect(having.length).toBeGreaterThanOrEqual(2);
		expect(await listed(page)).toEqual(having);
		await page.locator('[data-listed-article] a[data-chart-card]').first().click();
		expect(new URL(page.url()).pathname).toMatch(new RegExp(`^/ru/articles/${having[0]}/charts/`));
		expectNoProblems(tracked);
		await tracked.close();
	});
});
