import { LANGS, type Chart } from '$lib/data/types';
import { chartAddress } from '$lib/server/addresses';
import { articles, type LibraryArticle } from '$lib/server/library';
import { exportFiles, type ExportFile } from './files';

/**
 * Every chart's files in every language (of every article, or of `only`), chart by chart,
 * generated as the build generates them.
 * The next chart's files are started before this chart's are awaited: its SVGs and PDFs are drawn
 * on the main thread while this chart's PNGs are rendered and compressed on the thread pool.
 */
export async function* exportAll(only: readonly LibraryArticle[] = articles()): AsyncGenerator<{
	article: string;
	chart: string;
	files: ExportFile[];
}> {
	const start = ({ article, chart }: { article: LibraryArticle; chart: Chart }) =>
		Promise.all(
			LANGS.map((lang) =>
				exportFiles(chart, article.meta, chartAddress(article, chart, lang).page, lang)
			)
		).then((files) => files.flat());
	const charts = only.flatMap((article) =>
		article.data.charts.map((chart) => ({ article, chart }))
	);
	let next = charts[0] && start(charts[0]);
	for (const [i, chart] of charts.entries()) {
		const current = next!;
		const following = charts[i + 1];
		next = following && start(following);
		// A failure of the chart started ahead is reported when its turn comes, not before.
		next?.catch(() => undefined);
		yield { article: chart.article.slug, chart: chart.chart.id, files: await current };
	}
}
