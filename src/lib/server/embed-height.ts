// The height of everything an embed shows around its chart, computed on the server from the same
// font metrics the charts are laid out with, so that the iframe snippet's fixed height holds the
// whole embed for hosts that drop our loader. The sizes, line heights and margins are those of the
// embed page's CSS (16px rem) and SourceQuote's `compact` style; a browser test checks the result
// at 320 to 1400 px.
import type { ArticleMeta, Chart, Lang } from '$lib/data/types';
import { translationFor } from '$lib/data/types';
import { originalLabel, translationNote } from '$lib/words/languages';
import { sourceLine } from '$lib/embed/snippets';
import { t } from '$lib/i18n';
import { groupBySentence } from '$lib/sources';
import { measureText, type FontWeight } from '$lib/text/measure';
import { wrapText } from '$lib/text/wrap';

/** The narrowest iframe a snippet's height allows for, less the embed's padding: text wraps most there. */
const NARROWEST = 320 - 24;
/**
 * Pages are drawn in the reader's own fonts (Noto Sans where installed): lines are wrapped for a
 * font up to this much wider than Noto Sans (DejaVu Sans, the widest fallback we name, is ~8% wider).
 */
const WIDER_FONT = 1.1;

/** The height of `text` in px, wrapped at `width` px in a font of `size` px and line height `leading`. */
function block(
	text: string,
	width: number,
	size: number,
	leading: number,
	weight: FontWeight = 400
) {
	return wrapText(text, { size, weight, maxWidth: width / WIDER_FONT }).length * size * leading;
}

/** The title, subtitle and source line, with the embed's padding and their margins. */
function chromeHeight(chart: Chart, article: ArticleMeta, lang: Lang): number {
	const title = block(chart.title[lang], NARROWEST, 19.2, 1.25, 700);
	const subtitle = block(chart.subtitle[lang], NARROWEST, 14.4, 1.5);
	const source = block(
		`${sourceLine(article, lang)} ${t('embedLink', lang)}`,
		NARROWEST,
		12.8,
		1.5
	);
	// Padding 12 + 8, margins 4 + 12 + 12, and a line's worth of slack.
	return title + subtitle + source + 48 + 19;
}

/** The compact source quotes under the chart: each sentence, and its translation. */
function quotesHeight(chart: Chart, lang: Lang): number {
	// Border 3 and padding 10 on the left of each quote.
	const width = NARROWEST - 13;
	const leading = 1.4;
	let height = 0;
	for (const group of groupBySentence(chart.facts)) {
		const first = group.facts[0]!;
		// A marked number is bold, with 0.1em of padding each side: allow its extra width on every line.
		const size = 14;
		const extra = group.facts.reduce(
			(sum, f) =>
				sum +
				measureText(f.printed, { size, weight: 700 }) -
				measureText(f.printed, { size }) +
				0.2 * size,
			0
		);
		height += 10; // the quote's top margin
		const source = first.sourceLang;
		height += block(originalLabel(source, lang).toUpperCase(), width * 0.9, 11, leading, 700);
		height += 2 + block(group.sentence, width - extra, size, leading);
		const ours = translationFor(first.translation, lang, source);
		if (ours !== undefined) {
			const translation = `${t('translation', lang)} (${translationNote(source, lang)}): ${ours}`;
			height += 4 + block(translation, width, 12, leading, 700);
		}
	}
	return height;
}

/** Everything but the chart, in px, at the narrowest width an embed is drawn at. */
export function embedTextHeight(chart: Chart, article: ArticleMeta, lang: Lang): number {
	return chromeHeight(chart, article, lang) + quotesHeight(chart, lang);
}
