// The first article address, /<lang>/article, forwards to the legacy article's page.
import { error } from '@sveltejs/kit';
import { LANGS } from '$lib/data/types';
import { legacyArticle } from '$lib/server/library';
import type { EntryGenerator, PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const article = legacyArticle();
	if (!article) error(404, 'This site has no first article address');
	return { slug: article.slug };
};

// Nothing links the old address any more: listed, so it is still written.
export const entries: EntryGenerator = () =>
	legacyArticle() ? LANGS.map((lang) => ({ lang })) : [];
