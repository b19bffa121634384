// The first article address, /<lang>/article, forwards to the legacy article's page.
import { LANGS } from '$lib/data/types';
import { legacyArticle } from '$lib/server/library';
import type { EntryGenerator, PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	return { slug: legacyArticle().slug };
};

// Nothing links the old address any more: listed, so it is still written.
export const entries: EntryGenerator = () => LANGS.map((lang) => ({ lang }));
