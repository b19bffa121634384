// The articles the site is built from, each under its slug. Every page, file and feed reads
// the articles from here; which data folder they come from is dataset.ts's concern.
import { error } from '@sveltejs/kit';
import type { ArticleMeta, Chart, Dataset } from '$lib/data/types';
import { dataset } from './dataset';

/** One article of the library: its address segment and its validated data. */
export interface LibraryArticle {
	/** The article's folder name and address segment: "2025-12-20-central-asia-japan-tokyo". */
	slug: string;
	data: Dataset;
	/** What pages need to cite it. */
	meta: ArticleMeta;
}

function metaOf(data: Dataset): ArticleMeta {
	const { title, titleTranslation, date, lang, about } = data.article;
	return { title, titleTranslation, date, lang, about };
}

const ARTICLES: LibraryArticle[] = [
	{ slug: '2025-12-20-central-asia-japan-tokyo', data: dataset, meta: metaOf(dataset) }
].sort((a, b) => b.meta.date.localeCompare(a.meta.date) || a.slug.localeCompare(b.slug));

/** Every article, newest first. */
export function articles(): readonly LibraryArticle[] {
	return ARTICLES;
}

/** The article with this slug, or undefined. */
export function findArticle(slug: string): LibraryArticle | undefined {
	return ARTICLES.find((a) => a.slug === slug);
}

/**
 * The article the site's first addresses belong to (/<lang>/charts/<id>, /<lang>/embed/<id>,
 * /<lang>/article, /charts/<id>), from before there were many: those addresses keep answering
 * for its charts, since other sites link them and host pages embed them.
 */
export function legacyArticle(): LibraryArticle {
	return ARTICLES.find((a) => a.slug === '2025-12-20-central-asia-japan-tokyo')!;
}

/** A chart of an article, with the charts before and after it in the article's order. */
export function findChartIn(
	article: LibraryArticle,
	id: string
): { chart: Chart; prev?: Chart; next?: Chart } | undefined {
	const charts = article.data.charts;
	const i = charts.findIndex((c) => c.id === id);
	if (i < 0) return undefined;
	return { chart: charts[i]!, prev: charts[i - 1], next: charts[i + 1] };
}

/** The article and chart an address names, or a 404 naming what is missing. */
export function chartAt(slug: string, id: string) {
	const article = findArticle(slug);
	if (!article) error(404, `No article has the slug "${slug}"`);
	const found = findChartIn(article, id);
	if (!found) error(404, `The article "${slug}" has no chart "${id}"`);
	return { article, ...found };
}
