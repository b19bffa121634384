// The data folder the build reads: DEREK_DATA, or data/ by default. Each article is a folder
// under articles/ holding article.json, its text, facts.json, charts.json, statements.json and
// not-charted.json; site.json, at the top, is optional. Read with the file system at build
// time, so a broken article fails the build with a message naming its folder, file and record.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DataError, validateDataset, validateSite, type RawData } from '$lib/data/validate';
import type { Dataset, Kind, Site } from '$lib/data/types';
import { KINDS, siteKinds } from '$lib/words/kinds';

export { describeDrafts, draftFields, strictRefusal } from '$lib/data/draft-scan';

/** The folder named by DEREK_DATA, or data/. */
export const DATA_FOLDER = process.env.DEREK_DATA || 'data';

/** One article of the data folder: its folder's name (its slug) and its validated data. */
export interface ArticleData {
	slug: string;
	dataset: Dataset;
	/** A digest of the files the article was read from (the build cache's key for it). */
	digest: string;
}

/** A whole data folder, validated. */
export interface DataFolder {
	site: Site;
	/** A digest of site.json, or of its absence. */
	siteDigest: string;
	articles: ArticleData[];
}

/**
 * A digest of files by their names (within their folder) and contents: where the folder lives
 * does not change what is built from it.
 */
function digestOf(files: readonly { name: string; content: string }[]): string {
	const hash = createHash('sha256');
	for (const { name, content } of files) hash.update(`${basename(name)}\0${content}\0`);
	return hash.digest('hex');
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const FILES = {
	articleJson: 'article.json',
	facts: 'facts.json',
	charts: 'charts.json',
	statements: 'statements.json',
	notCharted: 'not-charted.json'
} as const;

function read(path: string): { name: string; content: string } {
	if (!existsSync(path)) throw new DataError(path, 'the whole file', '-', 'is missing');
	return { name: path, content: readFileSync(path, 'utf8') };
}

/** An article folder's files, as validateDataset takes them; the text is the file article.json names. */
export function readArticleFolder(folder: string): RawData {
	const files = Object.fromEntries(
		Object.entries(FILES).map(([key, name]) => [key, read(join(folder, name))])
	) as Omit<RawData, 'articleText'>;
	const file = textFileNamed(files.articleJson.content);
	const path = join(folder, file ?? '');
	if (file !== undefined && existsSync(path) && statSync(path).isFile()) {
		return { ...files, articleText: read(path) };
	}
	// No readable name: validateDataset reports article.json's own problem first.
	return { ...files, articleText: { name: path, content: '' } };
}

/** The text file article.json names, when it names one in the folder itself. */
function textFileNamed(articleJson: string): string | undefined {
	try {
		const { file } = JSON.parse(articleJson) as { file?: unknown };
		return typeof file === 'string' && /^[^/\\]+$/.test(file) ? file : undefined;
	} catch {
		return undefined;
	}
}

/** Validates every article of a data folder, in the order of their folders' names. */
export function readDataFolder(root: string = DATA_FOLDER): DataFolder {
	const articlesDir = join(root, 'articles');
	if (!existsSync(articlesDir) || !statSync(articlesDir).isDirectory()) {
		throw new DataError(
			articlesDir,
			'the folder',
			'-',
			'is missing: a data folder holds articles/<slug>/'
		);
	}
	const slugs = readdirSync(articlesDir)
		.filter((name) => statSync(join(articlesDir, name)).isDirectory())
		.sort();
	if (slugs.length === 0) {
		throw new DataError(articlesDir, 'the folder', '-', 'holds no article folder');
	}
	const siteFile = join(root, 'site.json');
	const siteRaw = existsSync(siteFile) ? read(siteFile) : undefined;
	const site = siteRaw ? validateSite(siteRaw) : {};
	const kinds = kindsOf(site, siteFile);
	const articles = slugs.map((slug) => {
		const folder = join(articlesDir, slug);
		if (!SLUG.test(slug)) {
			throw new DataError(
				folder,
				'the folder',
				'-',
				`"${slug}" must be lowercase letters, digits and single hyphens`
			);
		}
		const raw = readArticleFolder(folder);
		return { slug, dataset: validateDataset(raw, kinds), digest: digestOf(Object.values(raw)) };
	});
	if (site.firstAddresses !== undefined && !slugs.includes(site.firstAddresses)) {
		throw new DataError(
			siteFile,
			'the site',
			'firstAddresses',
			`"${site.firstAddresses}" is not an article folder: one of ${slugs.map((s) => `"${s}"`).join(', ')}`
		);
	}
	return { site, siteDigest: digestOf(siteRaw ? [siteRaw] : []), articles };
}

/** The kinds of figure the site's facts may name: every site's, and site.json's own new ones. */
function kindsOf(site: Site, siteFile: string): Map<string, Kind> {
	for (const id of Object.keys(site.kinds ?? {})) {
		if (id in KINDS) {
			throw new DataError(
				siteFile,
				'the site',
				`kinds.${id}`,
				`"${id}" is already a kind every site knows (src/lib/words/kinds.json): name it in facts as it is`
			);
		}
	}
	return siteKinds(site.kinds);
}
