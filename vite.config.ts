import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
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
					environment: 'jsdom',
					setupFiles: ['tests/unit/setup.ts']
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
			}
		]
	}
});
