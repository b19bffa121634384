// The seed article, as today's pages show it: the first article of the data folder (by its
// folder's name). Pages per article are the next step; until then every page reads this one.
import type { ArticleMeta, Chart } from '$lib/data/types';
import { readDataFolder } from './data-folder';

/** The validated data folder the build reads (DEREK_DATA, or data/). */
export const dataFolder = readDataFolder();

export const dataset = dataFolder.articles[0]!.dataset;

/** The chart with this id, with the charts before and after it in gallery order. */
export function findChart(id: string): { chart: Chart; prev?: Chart; next?: Chart } | undefined {
	const i = dataset.charts.findIndex((c) => c.id === id);
	if (i < 0) return undefined;
	return {
		chart: dataset.charts[i] as Chart,
		prev: dataset.charts[i - 1],
		next: dataset.charts[i + 1]
	};
}

/** The article's citation details, for pages. */
export function articleMeta(): ArticleMeta {
	const { title, titleTranslation, date, lang, about } = dataset.article;
	return { title, titleTranslation, date, lang, about };
}
