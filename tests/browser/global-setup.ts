// Serves the existing build/ folder once for all browser test files, on a free port,
// and hands its URL to the tests as inject('baseURL') (and the folder as inject('buildDir')).
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.js';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
		/** The served build folder, whose HTML files the crawl tests also read as known pages. */
		buildDir: string;
	}
}

export default async function setup(project: TestProject) {
	const dir = path.resolve(project.config.root, 'build');
	if (!existsSync(path.join(dir, 'index.html'))) {
		throw new Error(`browser tests: ${dir}/index.html does not exist: run npm run build first`);
	}
	const server = await startServer({ dir, port: 0 });
	project.provide('baseURL', server.url);
	project.provide('buildDir', dir);
	return () => server.close();
}
