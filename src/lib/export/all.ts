import { LANGS } from '$lib/data/types';
import { articleMeta, dataset } from '$lib/server/dataset';
import { chartUrl } from '$lib/server/site';
import { exportFile, type ExportFile } from './files';
import { FORMATS } from './file-names';

/** Every chart's files in every language, chart by chart, generated as the build generates them. */
export function* exportAll(): Generator<{ chart: string; files: ExportFile[] }> {
	const article = articleMeta();
	for (const chart of dataset.charts) {
		yield {
			chart: chart.id,
			files: LANGS.flatMap((lang) =>
				FORMATS.map((fmt) => exportFile(chart, fmt, article, chartUrl(chart.id, lang), lang))
			)
		};
	}
}
