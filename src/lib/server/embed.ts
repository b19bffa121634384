import { error } from '@sveltejs/kit';
import { describeChart } from '$lib/charts/describe';
import { layoutChart } from '$lib/charts/registry';
import { MAX_SCALE, VARIANT_WIDTHS } from '$lib/charts/core/theme';
import type { ArticleMeta, Chart, Lang } from '$lib/data/types';
import type { EmbedTarget } from '$lib/embed/snippets';
import { layoutFigure } from '$lib/export/figure';
import { chartAddress, type ChartAddress } from './addresses';
import { embedTextHeight } from './embed-height';
import type { LibraryArticle } from './library';
import { SITE_URL } from './site';

/** Everything a snippet needs to put this chart, in this language, on another page. */
export function embedTarget(
	chart: Chart,
	article: ArticleMeta,
	address: ChartAddress,
	lang: Lang
): EmbedTarget {
	const pageUrl = address.page;
	const figure = layoutFigure(chart, article, pageUrl, lang);
	return {
		chart,
		lang,
		article,
		pageUrl,
		embedUrl: address.embed,
		loaderUrl: `${SITE_URL}/embed.js`,
		imageUrl: address.file('svg'),
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

const THEMES = ['light', 'dark'];

/** An embed's entries: each chart's address as it is, and forced light and dark. */
export function embedParams<E extends object>(entries: E[]): (E & { theme?: string })[] {
	return entries.flatMap((e) => [e, ...THEMES.map((theme) => ({ ...e, theme }))]);
}

/** A 404 for a theme that is neither light nor dark. */
export function checkTheme(theme: string | undefined): void {
	if (theme !== undefined && !THEMES.includes(theme)) error(404, 'No embed at this address');
}

/** What an embed page shows of a chart, at any of its addresses: canonical is its chart page. */
export function embedPage(article: LibraryArticle, chart: Chart, lang: Lang) {
	return {
		slug: article.slug,
		chart,
		article: article.meta,
		pageUrl: chartAddress(article, chart, lang).page
	};
}
