import { error } from '@sveltejs/kit';
import { articleRuns, shownRuns } from '$lib/article-view';
import { articleEntries } from '$lib/server/entries';
import { findArticle } from '$lib/server/library';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = articleEntries;

export const load: PageServerLoad = ({ params }) => {
	const article = findArticle(params.slug);
	if (!article) error(404, `No article has the slug "${params.slug}"`);
	const { data } = article;
	return {
		slug: article.slug,
		article: article.meta,
		charts: data.charts,
		statements: data.statements,
		fullText: data.article.fullText,
		paragraphs: shownRuns(
			articleRuns(data.article.paragraphs, data.facts, data.statements, data.charts),
			data.article.fullText
		),
		notCharted: data.notCharted
	};
};
