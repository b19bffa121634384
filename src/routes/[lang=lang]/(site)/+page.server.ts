import { listPage } from '$lib/server/list-page';
import { site } from '$lib/server/library';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ site: site(), ...listPage({ all: true }) });
