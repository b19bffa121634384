import { quote } from '$lib/typography';
import { translationFor, type ArticleMeta, type Chart, type Lang } from '$lib/data/types';
import { sourceLine } from '$lib/embed/snippets';
import { t } from '$lib/i18n';
import { groupBySentence } from '$lib/sources';
import { originalLabel, translationNote } from '$lib/words/languages';
import type { ChartDrawing } from '$lib/charts/core/chart-type';
import { layoutChart } from '$lib/charts/registry';
import { textColumn, type PlacedText, type TextItem } from '$lib/charts/core/placed-text';
import { DEFAULT_WIDTH } from '$lib/charts/core/theme';
import { isDraftChart } from '$lib/data/draft-marks';

/** A chart as a standalone figure: title above, the chart, and below it where the numbers come from. */
export interface FigureLayout {
	width: number;
	height: number;
	/** Where the chart is drawn, and its own layout with the layers that draw it. */
	chartX: number;
	chartY: number;
	chart: ChartDrawing;
	texts: PlacedText[];
	/** The y of the thin rule between the chart and its sources. */
	ruleY: number;
	pad: number;
}

const PAD = 24;

/**
 * Lays out the exported figure: everything a reader of a report needs to trust the chart travels
 * inside the file, wrapped with the font's real metrics so no line leaves the figure.
 */
export function layoutFigure(
	chart: Chart,
	article: ArticleMeta,
	url: string,
	lang: Lang
): FigureLayout {
	const width = DEFAULT_WIDTH;
	const inner = width - 2 * PAD;
	const head = textColumn(
		[
			// A draft travels as one: its file must not pass for a reviewed chart.
			...(isDraftChart(chart)
				? [
						{
							text: t('draftMark', lang).toUpperCase(),
							style: { size: 13, weight: 700, tone: 'mark' }
						} as const
					]
				: []),
			{ text: chart.title[lang], style: { size: 20, weight: 700, tone: 'ink' } },
			{ text: chart.subtitle[lang], style: { size: 13, weight: 400, tone: 'muted' } }
		],
		{ x: PAD, y: PAD, maxWidth: inner }
	);
	const chartY = head.bottom + 8;
	const chartLayout = layoutChart(chart, inner, lang);
	const ruleY = chartY + chartLayout.height + 16;

	const label = { size: 11, weight: 700, tone: 'muted' } as const;
	const items: TextItem[] = [];
	for (const group of groupBySentence(chart.facts)) {
		const [first] = group.facts;
		if (!first) continue;
		const ours = translationFor(first.translation, lang, first.sourceLang);
		items.push(
			{
				text: originalLabel(first.sourceLang, lang),
				style: label,
				spaceBefore: items.length ? 6 : 0
			},
			{
				text: group.sentence,
				style: { size: 14, weight: 400, tone: 'ink' },
				marks: group.facts.map((f) => f.printed)
			},
			...(ours !== undefined
				? [
						{
							text: `${t('translation', lang)} (${translationNote(first.sourceLang, lang)})`,
							style: label
						},
						{
							text: ours,
							style: { size: 13, weight: 400, tone: 'ink' }
						} as const
					]
				: []),
			{
				text: `${t('says', lang)}: ${first.attribution.who[lang]}${first.attribution.printed ? ` (${quote(first.attribution.printed, lang, { verbatim: true })})` : ''}`,
				style: { size: 12, weight: 400, tone: 'muted' }
			}
		);
	}
	items.push(
		{
			text: sourceLine(article, lang),
			style: { size: 12, weight: 400, tone: 'muted' },
			spaceBefore: 6
		},
		{ text: `derek · ${url}`, style: { size: 12, weight: 700, tone: 'mark' } }
	);
	const tail = textColumn(items, { x: PAD, y: ruleY + 14, maxWidth: inner });

	return {
		width,
		height: Math.ceil(tail.bottom + PAD / 2),
		chartX: PAD,
		chartY,
		chart: chartLayout,
		texts: [...head.blocks, ...tail.blocks],
		ruleY,
		pad: PAD
	};
}
