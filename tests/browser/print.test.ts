// Printing, as a reader does it: each kind of page printed to PDF by Chromium (A4, the print
// style sheet), read back with poppler's pdfinfo and pdftotext.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSentence, pdfToText } from '../pdf-text';
import {
	EXPECTED_IDS,
	expectNoProblems,
	launchBrowser,
	openPage,
	visit,
	chartPage,
	articlePage
} from './browser';

let browser: Browser;
const dir = mkdtempSync(join(tmpdir(), 'derek-print-'));
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });
});

interface Printed {
	/** The whole printed text. */
	text: string;
	/** The text of each printed page. */
	pages: string[];
	/** pdfinfo's report. */
	info: string;
}

/** Prints the page as the browser's print dialog would (A4 from the style sheet) and reads it. */
async function print(page: Page, name: string): Promise<Printed> {
	const file = join(dir, `${name.replace(/\W+/g, '-')}.pdf`);
	writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
	const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
	const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
	const pages = Array.from({ length: count }, (_, i) =>
		execFileSync('pdftotext', ['-f', `${i + 1}`, '-l', `${i + 1}`, '-enc', 'UTF-8', file, '-'], {
			encoding: 'utf8'
		})
	);
	return { text: pdfToText(file), pages, info };
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Lays the page out as it prints, before it is read: print media, and a window as wide as A4
 * less its margins (180 mm, 680 px), so the chart copies that show are the printed ones and
 * innerText gives the text as printed (labels in capitals).
 */
async function asPrinted(page: Page) {
	await page.emulateMedia({ media: 'print' });
	await page.setViewportSize({ width: 680, height: 960 });
}

/** Whether `words` stand in the text as words of their own, not inside longer words. */
const hasWords = (text: string, words: string) =>
	new RegExp(`(^|\\s)${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=\\s|$)`, 'u').test(
		squash(text)
	);

/** The texts of each chart drawn on the page (the copy that shows at the print width). */
function chartTexts(page: Page): Promise<string[][]> {
	return page.evaluate(() =>
		[...document.querySelectorAll('.chart')].map((chart) =>
			[...chart.querySelectorAll('svg text')]
				.filter((t) => t.checkVisibility())
				// A text's lines are its child tspans: between two lines stands a line break.
				.map((t) => {
					const lines = [...t.children].filter((c) => c.localName === 'tspan');
					const parts = lines.length
						? lines.map((l) => l.textContent ?? '')
						: [t.textContent ?? ''];
					return parts.join(' ').replace(/\s+/g, ' ').trim();
				})
				.filter((t) => t.length > 1)
		)
	);
}

/** The texts must all be on one printed page: the chart was not cut in two. */
function expectOnOnePage(printed: Printed, texts: string[], what: string) {
	expect(texts.length, `${what}: texts to look for`).toBeGreaterThan(0);
	const at = printed.pages.findIndex((p) => checkSentence(p, texts[0]!).verbatim);
	expect(at, `${what}: «${texts[0]}» printed`).toBeGreaterThanOrEqual(0);
	const elsewhere = texts.filter((t) => !checkSentence(printed.pages[at]!, t).verbatim);
	expect(elsewhere, `${what}: texts not on page ${at + 1} with the rest of the chart`).toEqual([]);
}

const expectA4 = (printed: Printed) => expect(printed.info).toMatch(/^Page size:.*\(A4\)$/m);

const CHART_PAGES = [
	...EXPECTED_IDS.map((id) => chartPage('en', id)),
	chartPage('kk', 'visit-agreements'),
	chartPage('ru', 'middle-corridor')
];

describe('a printed chart page', () => {
	it.each(CHART_PAGES)(
		'%s: title, chart, sentence, translation, source, permanent link; no snippets, buttons or navigation',
		async (path) => {
			const tracked = await openPage(browser);
			const { page } = tracked;
			await visit(page, path);
			await asPrinted(page);
			const dom = await page.evaluate(() => {
				const text = (el: Element | null) =>
					((el as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' ').trim();
				return {
					title: text(document.querySelector('h1')),
					sentences: [...document.querySelectorAll('blockquote')].map(text),
					translations: [...document.querySelectorAll('[data-translation]')].map(text),
					source: text(document.querySelector('figcaption')),
					permalink: text(document.querySelector('.permalink a')),
					snippets: [...document.querySelectorAll('[data-snippet], [data-citation]')].map(
						(el) => el.textContent ?? ''
					),
					buttons: [...document.querySelectorAll('button')].map(text).filter(Boolean),
					// What only the navigation says: the tagline, the pager's links (the other charts'
					// titles), the names of the other languages.
					navigation: [
						...document.querySelectorAll('header .tagline, nav.pager a, nav.languages a')
					]
						.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
						.filter(Boolean)
				};
			});
			const printed = await print(page, path);
			expectA4(printed);

			const wanted = [dom.title, ...dom.sentences, ...dom.translations, dom.source, dom.permalink];
			expect(dom.sentences.length).toBeGreaterThan(0);
			expect(dom.permalink).toMatch(/^https?:\/\/.+\/charts\//);
			if (!path.startsWith('/kk/')) expect(dom.translations.length).toBeGreaterThan(0);
			for (const sentence of wanted) {
				expect(checkSentence(printed.text, sentence), `printed: «${sentence}»`).toEqual({
					verbatim: true,
					glued: []
				});
			}

			const text = squash(printed.text);
			expect(dom.snippets.length).toBeGreaterThan(0);
			for (const snippet of dom.snippets) {
				// The first line of each snippet (an iframe, an image, Markdown, a citation, BibTeX).
				const head = squash(snippet.split('\n')[0]!).slice(0, 40);
				expect(text, `snippet «${head}» printed`).not.toContain(head);
			}
			expect(text).not.toMatch(/<iframe|@misc\{|!\[/);
			for (const label of dom.buttons) expect(text, `button «${label}»`).not.toContain(label);
			expect(dom.navigation.length).toBeGreaterThan(0);
			for (const link of dom.navigation) {
				expect(hasWords(printed.text, link), `navigation «${link}» printed`).toBe(false);
			}

			const [chart] = await chartTexts(page);
			expectOnOnePage(printed, chart ?? [], `the chart of ${path}`);
			expectNoProblems(tracked);
			await tracked.close();
		}
	);
});

describe('other printed pages', () => {
	it('the article’s gallery prints every chart whole, with its title, and no navigation', async () => {
		const tracked = await openPage(browser);
		const { page } = tracked;
		await visit(page, articlePage('en'));
		await asPrinted(page);
		const titles = await page.$$eval('[data-chart-title]', (els) =>
			els.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim())
		);
		const printed = await print(page, 'gallery');
		expectA4(printed);
		expect(titles.length).toBe(EXPECTED_IDS.length);
		const charts = await chartTexts(page);
		charts.forEach((texts, i) => expectOnOnePage(printed, [titles[i]!, ...texts], titles[i]!));
		expect(hasWords(printed.text, 'Русский') || hasWords(printed.text, 'Қазақша')).toBe(false);
		await tracked.close();
	});

	it('the article prints its text with its title, and no navigation', async () => {
		const tracked = await openPage(browser);
		const { page } = tracked;
		await visit(page, articlePage('en'));
		await asPrinted(page);
		const title = squash(await page.locator('h1').first().innerText());
		const printed = await print(page, 'article');
		expectA4(printed);
		expect(checkSentence(printed.text, title).verbatim, title).toBe(true);
		expect(hasWords(printed.text, 'Русский') || hasWords(printed.text, 'Қазақша')).toBe(false);
		await tracked.close();
	});

	it('an embed prints its chart whole, with its title', async () => {
		const tracked = await openPage(browser);
		const { page } = tracked;
		await visit(page, '/en/embed/visit-agreements');
		await asPrinted(page);
		const title = squash(await page.locator('h1, h2').first().innerText());
		const printed = await print(page, 'embed');
		expect(checkSentence(printed.text, title).verbatim, title).toBe(true);
		const [chart] = await chartTexts(page);
		expectOnOnePage(printed, chart ?? [], 'the embed’s chart');
		await tracked.close();
	});
});
