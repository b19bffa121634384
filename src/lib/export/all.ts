import { LANGS, type Chart } from '$lib/data/types';
import { articleMeta, dataset } from '$lib/server/dataset';
import { chartUrl } from '$lib/server/site';
import { exportFiles, type ExportFile } from './files';

/**
 * Every chart's files in every language, chart by chart, generated as the build generates them.
 * The next chart's files are started before this chart's are awaited: its SVGs and PDFs are drawn
 * on the main thread while this chart's PNGs are rendered and compressed on the thread pool.
 */
export async function* exportAll(): AsyncGenerator<{ chart: string; files: ExportFile[] }> {
	const article = articleMeta();
	const start = (chart: Chart) =>
		Promise.all(
			LANGS.map((lang) => exportFiles(chart, article, chartUrl(chart.id, lang), lang))
		).then((files) => files.flat());
	const charts = dataset.charts;
	let next = charts[0] && start(charts[0]);
	for (const [i, chart] of charts.entries()) {
		const current = next!;
		const following = charts[i + 1];
		next = following && start(following);
		// A failure of the chart started ahead is reported when its turn comes, not before.
		next?.catch(() => undefined);
		yield { chart: chart.id, files: await current };
	}
}
