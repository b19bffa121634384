import { describeChart } from '$lib/charts/describe';
import { layoutChart } from '$lib/charts/layouts';
import { DEFAULT_WIDTH } from '$lib/charts/theme';
import type { Chart, Lang } from '$lib/data/types';
import type { EmbedTarget } from '$lib/embed/snippets';
import { fileName } from '$lib/export/file-names';
import { layoutFigure } from '$lib/export/figure';
import { articleMeta } from './dataset';
import { SITE_URL, chartUrl } from './site';

/** Everything a snippet needs to put this chart, in this language, on another page. */
export function embedTarget(chart: Chart, lang: Lang): EmbedTarget {
	const article = articleMeta();
	const pageUrl = chartUrl(chart.id, lang);
	const figure = layoutFigure(chart, article, pageUrl, lang);
	return {
		chart,
		lang,
		article,
		pageUrl,
		embedUrl: `${SITE_URL}/${lang}/embed/${chart.id}`,
		loaderUrl: `${SITE_URL}/embed.js`,
		imageUrl: `${pageUrl}/${fileName(chart, 'svg', lang)}`,
		imageWidth: figure.width,
		imageHeight: figure.height,
		description: describeChart(chart, lang),
		// Title, subtitle and source line around the chart, at a typical column width.
		height: layoutChart(chart, DEFAULT_WIDTH, lang).height + 190
	};
}
