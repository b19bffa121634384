import type { ArticleMeta, Chart } from '$lib/data/types';
import { formatDate } from '$lib/format';

/** What a host page needs to show one chart: its addresses and sizes on our site. */
export interface EmbedTarget {
	chart: Chart;
	article: ArticleMeta;
	/** The chart page, e.g. https://…/charts/japan-investment. */
	pageUrl: string;
	/** The embed page. */
	embedUrl: string;
	/** Our resize script for host pages. */
	loaderUrl: string;
	/** The exported SVG, and its size in px. */
	imageUrl: string;
	imageWidth: number;
	imageHeight: number;
	/** The chart's description, for alt text. */
	description: string;
	/** A first guess at the iframe's height, until the loader sets the real one. */
	height: number;
}

const escapeAttr = (s: string) =>
	s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** The source line every embed carries: the article's title and date. */
export function sourceLine(article: ArticleMeta): string {
	return `Source: «${article.title}» (${article.titleTranslation.en}), ${formatDate(article.date)}`;
}

/**
 * An iframe of the embed page plus our loader, which sizes the iframe to its content. Add
 * "/light" or "/dark" to the iframe's address to force a theme.
 */
export function iframeSnippet(t: EmbedTarget): string {
	return [
		`<iframe src="${t.embedUrl}" title="${escapeAttr(t.chart.title.en)}" data-derek-embed`,
		`  style="width: 100%; border: 0;" height="${t.height}" scrolling="no" loading="lazy"></iframe>`,
		`<script src="${t.loaderUrl}" async></script>`
	].join('\n');
}

/** The exported SVG as an image linking to the chart page, for pages and reports without scripts. */
export function imageSnippet(t: EmbedTarget): string {
	return [
		`<a href="${t.pageUrl}">`,
		`  <img src="${t.imageUrl}" width="${t.imageWidth}" height="${t.imageHeight}"`,
		`    alt="${escapeAttr(`${t.chart.title.en}. ${t.description}`)}" style="max-width: 100%; height: auto;">`,
		`</a>`
	].join('\n');
}

const mdText = (s: string) => s.replace(/([[\]\\])/g, '\\$1');

/** Markdown for reports: the image, linked to the chart page, and the source line under it. */
export function markdownSnippet(t: EmbedTarget): string {
	return [
		`[![${mdText(t.chart.title.en)}](${t.imageUrl})](${t.pageUrl})`,
		'',
		`${mdText(sourceLine(t.article))}. Chart: derek, ${t.pageUrl}`
	].join('\n');
}
