import type { Lang } from '$lib/data/types';
import type { LayoutLoad } from './$types';

// The route's matcher admits only interface languages, so the parameter is one.
export const load: LayoutLoad = ({ params }) => ({ lang: params.lang as Lang });
