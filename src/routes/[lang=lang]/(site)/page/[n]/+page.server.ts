import { listPageEntries } from '$lib/server/entries';
import { listPage } from '$lib/server/list-page';
import { site } from '$lib/server/library';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = listPageEntries;

export const load: PageServerLoad = ({ params }) => ({
	site: site(),
	...listPage({ all: true }, params.n)
});
