// The articles the site is built from, each under its slug (its folder's name in the data
// folder). Every page, file and feed reads the articles from here, and each accessor tells the
// build cache which articles the response being made read (build-cache/reads.ts).
import { createHash } from 'node:crypto';
import { error } from '@sveltejs/kit';
import type { ArticleMeta, Chart, Dataset, Site } from '$lib/data/types';
import { readAllArticles, readArticle } from './build-cache/reads';
import { readDataFolder } from './data-folder';

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

/** The validated data folder the build reads (DEREK_DATA, or data/). */
const folder = readDataFolder();

const ARTICLES: LibraryArticle[] = folder.articles
	.map(({ slug, dataset }) => ({ slug, data: dataset, meta: metaOf(dataset) }))
	.sort((a, b) => b.meta.date.localeCompare(a.meta.date) || a.slug.localeCompare(b.slug));

/**
 * Digests of what the build reads: site.json, each article's files by slug, and the whole list
 * (every slug and its article's digest). A response kept by the build cache is served again only
 * while the digests of what it read are the same.
 */
export const DIGESTS = {
	site: folder.siteDigest,
	articles: new Map(folder.articles.map((a) => [a.slug, a.digest])),
	all: createHash('sha256')
		.update(folder.articles.map((a) => `${a.slug} ${a.digest}`).join('\n'))
		.digest('hex')
};

/** The site's own words, from site.json. */
export function site(): Site {
	return folder.site;
}

/** Every article, newest first. */
export function articles(): readonly LibraryArticle[] {
	readAllArticles();
	return ARTICLES;
}

/** The article with this slug, or undefined. */
export function findArticle(slug: string): LibraryArticle | undefined {
	readArticle(slug);
	return ARTICLES.find((a) => a.slug === slug);
}

/**
 * The article the site's first addresses belong to (/<lang>/charts/<id>, /<lang>/embed/<id>,
 * /<lang>/article, /charts/<id>), as site.json's `firstAddresses` names it: those addresses keep
 * answering for its charts, since other sites link them and host pages embed them. None on a
 * site that never had them.
 */
export function legacyArticle(): LibraryArticle | undefined {
	const slug = folder.site.firstAddresses;
	return slug === undefined ? undefined : findArticle(slug);
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
export function chartAt(slug: string | undefined, id: string) {
	const article = slug === undefined ? undefined : findArticle(slug);
	if (!article) error(404, `No article has the slug "${slug}"`);
	const found = findChartIn(article, id);
	if (!found) error(404, `The article "${slug}" has no chart "${id}"`);
	return { article, ...found };
}
