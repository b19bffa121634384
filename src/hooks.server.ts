import type { Handle } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { LANGS } from '$lib/data/types';
import { buildCache } from '$lib/server/build-cache/handle';
import { ICON_URL, inlineScripts } from '$lib/server/inlined';

/** An embed's forced theme, from its address (/en/embed/<id>/dark); every other page follows the reader. */
function themeOf(pathname: string): 'light' | 'dark' | 'auto' {
	const forced = /^\/[a-z]{2}\/embed\/[^/]+\/(light|dark)$/.exec(pathname)?.[1];
	return forced === 'light' || forced === 'dark' ? forced : 'auto';
}

/** The page's language: its address's first segment, if that is an interface language. */
function langOf(pathname: string): string {
	const first = pathname.split('/')[1] ?? '';
	return (LANGS as readonly string[]).includes(first) ? first : 'en';
}

/** Fills the page template's own placeholders, and inlines the page's one script. */
const fillTemplate: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			inlineScripts(
				html
					.replace('%lang%', langOf(event.url.pathname))
					.replace('%theme%', themeOf(event.url.pathname))
					.replace('%derek.icon%', ICON_URL)
			)
	});

export const handle = sequence(buildCache, fillTemplate);
