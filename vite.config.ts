import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { chartThemeCss } from './src/lib/charts/core/theme-css.ts';
import { describeDrafts, draftFields, strictRefusal } from './src/lib/data/draft-scan.ts';

/** Serves `virtual:chart-theme.css`, the charts' stylesheet generated from theme.ts. */
function chartTheme(): Plugin {
	const id = 'virtual:chart-theme.css';
	return {
		name: 'derek-chart-theme',
		resolveId: (source) => (source === id ? `\0${id}` : undefined),
		load: (resolved) => (resolved === `\0${id}` ? chartThemeCss() : undefined)
	};
}

/**
 * Lists the data folder's fields that still need a person before a build starts; with
 * DEREK_STRICT=1 (npm run build -- --strict), the publishing build, refuses them at once.
 */
function drafts(): Plugin {
	// The config is evaluated more than once per build (SvelteKit loads it again): tell once.
	const told = globalThis as { derekDraftsTold?: boolean };
	return {
		name: 'derek-drafts',
		config(_, { command }) {
			if (command !== 'build' || told.derekDraftsTold) return;
			told.derekDraftsTold = true;
			const root = process.env.DEREK_DATA || 'data';
			const fields = draftFields(root);
			if (fields.length === 0) return;
			if (process.env.DEREK_STRICT === '1') {
				// A refusal, not a fault: the fields to finish, without Vite's stack trace after them.
				console.error(strictRefusal(root, fields));
				process.exit(1);
			}
			console.warn(
				`derek: ${root} holds drafts, each chart marked "draft, not reviewed"; these fields still need a person:\n${describeDrafts(fields)}`
			);
		}
	};
}

export default defineConfig({
	plugins: [drafts(), chartTheme(), sveltekit()],
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
