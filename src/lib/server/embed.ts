import { describeChart } from '$lib/charts/describe';
import { layoutChart } from '$lib/charts/layouts';
import { MAX_SCALE, VARIANT_WIDTHS } from '$lib/charts/theme';
import type { Chart, Lang } from '$lib/data/types';
import type { EmbedTarget } from '$lib/embed/snippets';
import { fileName } from '$lib/export/file-names';
import { layoutFigure } from '$lib/export/figure';
import { t } from '$lib/i18n';
import { wrapText } from '$lib/text/wrap';
import { sourceLine } from '$lib/embed/snippets';
import { articleMeta } from './dataset';
import { SITE_URL, chartUrl } from './site';

/** The narrowest iframe a snippet's height allows for, less the embed's padding: text wraps most there. */
const NARROWEST = 320 - 24;

/**
 * The height of the embed's title, subtitle and source line at NARROWEST, in px. The sizes,
 * line heights and margins are those of the embed page's CSS (16px rem); a browser test checks
 * the snippet's height holds the whole embed at 320 to 1400px.
 */
function chromeHeight(chart: Chart, lang: Lang, source: string): number {
	const block = (text: string, size: number, leading: number, weight: 400 | 700 = 400) =>
		wrapText(text, { size, weight, maxWidth: NARROWEST }).length * size * leading;
	const title = block(chart.title[lang], 19.2, 1.25, 700);
	const subtitle = block(chart.subtitle[lang], 14.4, 1.5);
	const sourceText = block(`${source} ${t('embedLink', lang)}`, 12.8, 1.5);
	// Padding 12 + 8, margins 4 + 12 + 12, and a line's worth for a wider fallback font.
	return title + subtitle + sourceText + 48 + 19;
}

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
		// scaled up to its limit), plus the title, subtitle and source line around it.
		height: Math.ceil(
			Math.max(...VARIANT_WIDTHS.map((w) => layoutChart(chart, w, lang).height * MAX_SCALE)) +
				chromeHeight(chart, lang, sourceLine(article, lang))
		)
	};
}
