import type { Handle } from '@sveltejs/kit';

// Every page is in English until the language issue lands; the html lang attribute says so.
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', 'en') });
