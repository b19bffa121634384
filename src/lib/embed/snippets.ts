import { quote } from '$lib/typography';
import { translationFor, type ArticleMeta, type Chart, type Lang } from '$lib/data/types';
import { formatDate } from '$lib/format';
import { t } from '$lib/i18n';
import { escapeXml } from '$lib/xml';

/** What a host page needs to show one chart: its addresses and sizes on our site. */
export interface EmbedTarget {
	chart: Chart;
	lang: Lang;
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

/** The source line every embed carries: the article's title and date, as a sentence. */
export function sourceLine(article: ArticleMeta, lang: Lang): string {
	const ours = translationFor(article.titleTranslation, lang, article.lang);
	const translated = ours === undefined ? '' : ` (${ours})`;
	const title = quote(article.title, lang, { verbatim: true });
	const line = `${t('source', lang)}: ${title}${translated}, ${formatDate(article.date, lang)}`;
	// A full stop, unless the date already ends with one ("20 декабря 2025 г.").
	return line.endsWith('.') ? line : `${line}.`;
}

/**
 * An iframe of the embed page plus our loader, which sizes the iframe to its content. Add
 * "/light" or "/dark" to the iframe's address to force a theme.
 */
export function iframeSnippet(target: EmbedTarget): string {
	return [
		`<iframe src="${target.embedUrl}" title="${escapeXml(target.chart.title[target.lang])}" data-derek-embed`,
		`  style="width: 100%; border: 0;" height="${target.height}" scrolling="no" loading="lazy"></iframe>`,
		`<script src="${target.loaderUrl}" async></script>`
	].join('\n');
}

/** The exported SVG as an image linking to the chart page, for pages and reports without scripts. */
export function imageSnippet(target: EmbedTarget): string {
	return [
		`<a href="${target.pageUrl}">`,
		`  <img src="${target.imageUrl}" width="${target.imageWidth}" height="${target.imageHeight}"`,
		`    alt="${escapeXml(`${target.chart.title[target.lang]}. ${target.description}`)}" style="max-width: 100%; height: auto;">`,
		`</a>`
	].join('\n');
}

const mdText = (s: string) => s.replace(/([[\]\\])/g, '\\$1');

/** Markdown for reports: the image, linked to the chart page, and the source line under it. */
export function markdownSnippet(target: EmbedTarget): string {
	return [
		`[![${mdText(target.chart.title[target.lang])}](${target.imageUrl})](${target.pageUrl})`,
		'',
		`${mdText(sourceLine(target.article, target.lang))} ${t('chartWord', target.lang)}: derek, ${target.pageUrl}`
	].join('\n');
}
