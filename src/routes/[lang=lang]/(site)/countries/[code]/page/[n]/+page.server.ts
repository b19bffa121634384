import { countryPageEntries } from '$lib/server/entries';
import { listPage } from '$lib/server/list-page';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = countryPageEntries;

export const load: PageServerLoad = ({ params }) => listPage({ country: params.code }, params.n);
