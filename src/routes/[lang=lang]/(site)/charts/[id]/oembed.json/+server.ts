import { error, json } from '@sveltejs/kit';
import type { Lang } from '$lib/data/types';
import { iframeSnippet } from '$lib/embed/snippets';
import { fileName } from '$lib/export/file-names';
import { findChart } from '$lib/server/dataset';
import { embedTarget } from '$lib/server/embed';
import { chartEntries } from '$lib/server/entries';
import { SITE_URL } from '$lib/server/site';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = chartEntries;

/** oEmbed 1.0 (https://oembed.com), "rich" type: a CMS given the chart's URL embeds it by this. */
export const GET: RequestHandler = ({ params }) => {
	const lang = params.lang as Lang;
	const chart = findChart(params.id)?.chart;
	if (!chart) error(404, `No chart has the id "${params.id}"`);
	const target = embedTarget(chart, lang);
	return json({
		version: '1.0',
		type: 'rich',
		title: chart.title[lang],
		provider_name: 'derek',
		provider_url: `${SITE_URL}/${lang}`,
		html: iframeSnippet(target),
		width: target.imageWidth,
		height: target.height,
		thumbnail_url: `${target.pageUrl}/${fileName(chart, 'png', lang)}`,
		thumbnail_width: 2 * target.imageWidth,
		thumbnail_height: 2 * target.imageHeight
	});
};
