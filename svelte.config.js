import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// The scripts in static/ are served as written; type-check them with the rest.
		typescript: {
			config: (tsconfig) => {
				tsconfig.include.push('../static/*.js');
			}
		},
		// A page's CSS is a few KB: inlined, it costs no render-blocking request.
		inlineStyleThreshold: Infinity,
		// No SPA fallback: every page, including 404.html, is prerendered real HTML.
		adapter: adapter({ pages: 'build', assets: 'build', strict: true }),
		// Absolute asset paths: 404.html is served at any depth of URL, where relative ones break.
		paths: { relative: false },
		// Prerendered pages carry the policy as a <meta> tag. No page has an inline script (csr is
		// off), so scripts come from this site only. Styles need 'unsafe-inline': each page's CSS is
		// inlined, the web font's faces are written into the head, and LayerCake sets a style
		// attribute. frame-ancestors cannot be set in a <meta>: static/_headers sets it.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		prerender: {
			// The 404 route is not linked from anywhere; it is what static hosts serve for unknown paths.
			entries: ['*', '/404'],
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
