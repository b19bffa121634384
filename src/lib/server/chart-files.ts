// A chart's exported file and its oEmbed document, answered at any of the chart's addresses.
import { error, json } from '@sveltejs/kit';
import type { Chart, Lang } from '$lib/data/types';
import { iframeSnippet } from '$lib/embed/snippets';
import { exportFile } from '$lib/export/files';
import { FORMATS, fileName, formatOf } from '$lib/export/file-names';
import type { ChartAddress } from './addresses';
import { embedTarget } from './embed';
import type { LibraryArticle } from './library';
import { SITE_URL } from './site';

/** The file names a chart has at an address, for the prerendered routes' entries. */
export const fileNames = (chart: Chart, lang: Lang, address: ChartAddress) =>
	FORMATS.map((fmt) => fileName(chart, fmt, lang, address.naming));

/** The file a name at this address stands for, or a 404. */
export async function chartFileResponse(
	article: LibraryArticle,
	chart: Chart,
	name: string,
	lang: Lang,
	address: ChartAddress
): Promise<Response> {
	const fmt = formatOf(chart, name, lang, address.naming);
	if (!fmt) error(404, `No file ${name} for chart "${chart.id}"`);
	const file = await exportFile(chart, fmt, article.meta, address.page, lang, address.naming);
	return new Response(file.body, { headers: { 'content-type': file.type } });
}

/** oEmbed 1.0 (https://oembed.com), "rich" type: a CMS given the chart's URL embeds it by this. */
export function oembedResponse(
	article: LibraryArticle,
	chart: Chart,
	lang: Lang,
	address: ChartAddress
): Response {
	const target = embedTarget(chart, article.meta, address, lang);
	return json({
		version: '1.0',
		type: 'rich',
		title: chart.title[lang],
		provider_name: 'derek',
		provider_url: `${SITE_URL}/${lang}`,
		html: iframeSnippet(target),
		width: target.imageWidth,
		height: target.height,
		thumbnail_url: address.file('png'),
		thumbnail_width: 2 * target.imageWidth,
		thumbnail_height: 2 * target.imageHeight
	});
}
