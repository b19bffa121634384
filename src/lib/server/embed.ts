import { describeChart } from '$lib/charts/describe';
import { layoutChart } from '$lib/charts/layouts';
import { DEFAULT_WIDTH } from '$lib/charts/theme';
import type { Chart } from '$lib/data/types';
import type { EmbedTarget } from '$lib/embed/snippets';
import { fileName } from '$lib/export/file-names';
import { layoutFigure } from '$lib/export/figure';
import { articleMeta } from './dataset';
import { SITE_URL, chartUrl } from './site';

/** Everything a snippet needs to put this chart on another page. */
export function embedTarget(chart: Chart): EmbedTarget {
	const article = articleMeta();
	const pageUrl = chartUrl(chart.id);
	const figure = layoutFigure(chart, article, pageUrl);
	return {
		chart,
		article,
		pageUrl,
		embedUrl: `${SITE_URL}/embed/${chart.id}`,
		loaderUrl: `${SITE_URL}/embed.js`,
		imageUrl: `${pageUrl}/${fileName(chart, 'svg')}`,
		imageWidth: figure.width,
		imageHeight: figure.height,
		description: describeChart(chart),
		// Title, subtitle and source line around the chart, at a typical column width.
		height: layoutChart(chart, DEFAULT_WIDTH).height + 190
	};
}
