// Where a chart lives, as absolute addresses: its page (the permanent link every file and
// citation carries), its embed, its files and its oEmbed. Charts live under their article,
// /<lang>/articles/<slug>/charts/<id>; the legacy article's charts also answer at the first
// addresses, /<lang>/charts/<id>, where their files keep their first names and the bytes they
// had, since other sites link them and host pages embed them.
import type { Chart, Lang } from '$lib/data/types';
import { fileName, type Format, type Naming } from '$lib/export/file-names';
import type { LibraryArticle } from './library';
import { SITE_URL } from './site';

export interface ChartAddress {
	/** The chart page: the permanent link. */
	page: string;
	/** The embed page (add /light or /dark to force a theme). */
	embed: string;
	/** How its files are named at this address. */
	naming: Naming;
	/** A file's absolute address. */
	file: (fmt: Format) => string;
	oembed: string;
}

function address(page: string, embed: string, chart: Chart, lang: Lang, naming: Naming) {
	return {
		page,
		embed,
		naming,
		file: (fmt: Format) => `${page}/${fileName(chart, fmt, lang, naming)}`,
		oembed: `${page}/oembed.json`
	};
}

/** A chart's addresses under its article. */
export function chartAddress(article: LibraryArticle, chart: Chart, lang: Lang): ChartAddress {
	const base = `${SITE_URL}/${lang}/articles/${article.slug}`;
	return address(`${base}/charts/${chart.id}`, `${base}/embed/${chart.id}`, chart, lang, 'bounded');
}

/** A legacy chart's first addresses, whose files keep their first names and bytes. */
export function legacyChartAddress(chart: Chart, lang: Lang): ChartAddress {
	return address(
		`${SITE_URL}/${lang}/charts/${chart.id}`,
		`${SITE_URL}/${lang}/embed/${chart.id}`,
		chart,
		lang,
		'first'
	);
}
