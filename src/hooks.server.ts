import type { Handle } from '@sveltejs/kit';

/** An embed's forced theme, from its address (/embed/<id>/dark); every other page follows the reader. */
function themeOf(pathname: string): 'light' | 'dark' | 'auto' {
	const forced = /^\/embed\/[^/]+\/(light|dark)$/.exec(pathname)?.[1];
	return forced === 'light' || forced === 'dark' ? forced : 'auto';
}

// Every page is in English until the language issue lands; the html lang attribute says so.
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%lang%', 'en').replace('%theme%', themeOf(event.url.pathname))
	});
