import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { chartThemeCss } from './src/lib/charts/core/theme-css.ts';

/** Serves `virtual:chart-theme.css`, the charts' stylesheet generated from theme.ts. */
function chartTheme(): Plugin {
	const id = 'virtual:chart-theme.css';
	return {
		name: 'derek-chart-theme',
		resolveId: (source) => (source === id ? `\0${id}` : undefined),
		load: (resolved) => (resolved === `\0${id}` ? chartThemeCss() : undefined)
	};
}

export default defineConfig({
	plugins: [chartTheme(), sveltekit()],
	test: {
		projects: [
			{
				// Components mounted in jsdom, as in the browser.
				extends: true,
				plugins: [svelteTesting()],
				test: {
					name: 'client',
					include: ['src/**/*.test.ts'],
					exclude: ['src/**/*.server.test.ts'],
					environment: 'jsdom'
				}
			},
			{
				// Components rendered to strings with svelte/server, as the build renders exports.
				extends: true,
				test: {
					name: 'server',
					include: ['src/**/*.server.test.ts'],
					environment: 'node'
				}
			},
			{
				// The real article's exported files and one figure of each chart type and bound,
				// compared with their committed snapshots (tests/snapshots/), and the export command
				// run twice in fresh processes. The permanent URLs inside the files are the default
				// site's, whatever DEREK_SITE_URL the shell has.
				extends: true,
				test: {
					name: 'snapshots',
					include: ['tests/snapshots/**/*.test.ts'],
					environment: 'node',
					env: { DEREK_SITE_URL: 'http://localhost:4173' }
				}
			}
		]
	}
});
