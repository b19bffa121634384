// The data files are bundled as text so that a build reads them once, at build time, and a
// problem in them fails the build with validateDataset's message naming file, record and field.
import articleJson from '../../../data/article.json?raw';
import articleText from '../../../data/article.kk.txt?raw';
import charts from '../../../data/charts.json?raw';
import facts from '../../../data/facts.json?raw';
import notCharted from '../../../data/not-charted.json?raw';
import statements from '../../../data/statements.json?raw';
import { validateDataset } from '$lib/data/validate';
import type { ArticleMeta, Chart } from '$lib/data/types';

export const dataset = validateDataset({
	articleJson: { name: 'data/article.json', content: articleJson },
	articleText: { name: 'data/article.kk.txt', content: articleText },
	facts: { name: 'data/facts.json', content: facts },
	charts: { name: 'data/charts.json', content: charts },
	statements: { name: 'data/statements.json', content: statements },
	notCharted: { name: 'data/not-charted.json', content: notCharted }
});

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
