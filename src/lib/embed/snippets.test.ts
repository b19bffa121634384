import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../../tests/unit/factories';
import { fixtureChart } from '../../../tests/unit/fixture-charts';
import { iframeSnippet, imageSnippet, markdownSnippet, type EmbedTarget } from './snippets';

const chart = fixtureChart('bars-more-than');
const target: EmbedTarget = {
	chart: { ...chart, title: { ...chart.title, en: 'A "quoted" title [with] <brackets> & more' } },
	lang: 'en',
	article: makeArticle(),
	pageUrl: 'https://derek.test/charts/japan-investment',
	embedUrl: 'https://derek.test/embed/japan-investment',
	loaderUrl: 'https://derek.test/embed.js',
	imageUrl: 'https://derek.test/charts/japan-investment/derek-japan-investment-8.5bn.svg',
	imageWidth: 640,
	imageHeight: 447,
	description: 'Bar chart. Japan’s investment: more than $8.5 bn.',
	height: 300
};

/** The snippet parsed as HTML, as a host page would. */
const parse = (html: string) => {
	const box = document.createElement('div');
	box.innerHTML = html;
	return box;
};

describe('embed snippets', () => {
	it('iframe: the embed page, titled, marked for our loader, and the loader itself', () => {
		const html = parse(iframeSnippet(target));
		const iframe = html.querySelector('iframe')!;
		expect(iframe.getAttribute('src')).toBe(target.embedUrl);
		expect(iframe.getAttribute('title')).toBe('A "quoted" title [with] <brackets> & more');
		expect(iframe.hasAttribute('data-derek-embed')).toBe(true);
		expect(iframe.getAttribute('height')).toBe('300');
		expect(html.querySelector('script')!.getAttribute('src')).toBe(target.loaderUrl);
	});

	it('image: the SVG with its size and alt text, linked to the chart page', () => {
		const html = parse(imageSnippet(target));
		expect(html.querySelector('a')!.getAttribute('href')).toBe(target.pageUrl);
		const img = html.querySelector('img')!;
		expect(img.getAttribute('src')).toBe(target.imageUrl);
		expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['640', '447']);
		expect(img.getAttribute('alt')).toBe(`${target.chart.title.en}. ${target.description}`);
	});

	it('markdown: the linked image and the source line, brackets escaped', () => {
		const md = markdownSnippet(target);
		expect(md.split('\n')[0]).toBe(
			`[![A "quoted" title \\[with\\] <brackets> & more](${target.imageUrl})](${target.pageUrl})`
		);
		expect(md).toContain('14\u00a0March 2030');
		expect(md).toContain(`Chart: derek, ${target.pageUrl}`);
		const kk = markdownSnippet({ ...target, lang: 'kk' });
		expect(kk).toContain('Дереккөз:');
		expect(kk).toContain('2030\u00a0жылғы 14\u00a0наурыз');
	});
});
