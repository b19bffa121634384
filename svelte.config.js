import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// No SPA fallback: every page, including 404.html, is prerendered real HTML.
		adapter: adapter({ pages: 'build', assets: 'build', strict: true }),
		// Absolute asset paths: 404.html is served at any depth of URL, where relative ones break.
		paths: { relative: false },
		prerender: {
			// The 404 route is not linked from anywhere; it is what static hosts serve for unknown paths.
			entries: ['*', '/404'],
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
