import { kindEntries } from '$lib/server/entries';
import { listPage } from '$lib/server/list-page';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = kindEntries;

export const load: PageServerLoad = ({ params }) => listPage({ kind: params.kind });
