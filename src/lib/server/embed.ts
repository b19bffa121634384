import { describeChart } from '$lib/charts/describe';
import { layoutChart } from '$lib/charts/registry';
import { MAX_SCALE, VARIANT_WIDTHS } from '$lib/charts/core/theme';
import type { Chart, Lang } from '$lib/data/types';
import type { EmbedTarget } from '$lib/embed/snippets';
import { fileName } from '$lib/export/file-names';
import { layoutFigure } from '$lib/export/figure';
import { articleMeta } from './dataset';
import { embedTextHeight } from './embed-height';
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
		// For hosts that drop the loader: the tallest the chart is drawn at any width (each copy
		// scaled up to its limit), plus the title, subtitle, source quotes and source line around it.
		height: Math.ceil(
			Math.max(...VARIANT_WIDTHS.map((w) => layoutChart(chart, w, lang).height * MAX_SCALE)) +
				embedTextHeight(chart, article, lang)
		)
	};
}
