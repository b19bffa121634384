import { error, json } from '@sveltejs/kit';
import { iframeSnippet } from '$lib/embed/snippets';
import { fileName } from '$lib/export/file-names';
import { dataset, findChart } from '$lib/server/dataset';
import { embedTarget } from '$lib/server/embed';
import { SITE_URL } from '$lib/server/site';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => dataset.charts.map((c) => ({ id: c.id }));

/** oEmbed 1.0 (https://oembed.com), "rich" type: a CMS given the chart's URL embeds it by this. */
export const GET: RequestHandler = ({ params }) => {
	const chart = findChart(params.id)?.chart;
	if (!chart) error(404, `No chart has the id "${params.id}"`);
	const target = embedTarget(chart);
	return json({
		version: '1.0',
		type: 'rich',
		title: chart.title.en,
		provider_name: 'derek',
		provider_url: `${SITE_URL}/`,
		html: iframeSnippet(target),
		width: target.imageWidth,
		height: target.height,
		thumbnail_url: `${target.pageUrl}/${fileName(chart, 'png')}`,
		thumbnail_width: 2 * target.imageWidth,
		thumbnail_height: 2 * target.imageHeight
	});
};
