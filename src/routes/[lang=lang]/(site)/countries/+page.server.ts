import { filters } from '$lib/server/list-page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => filters();
