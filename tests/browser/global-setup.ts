// Serves the existing build folders once for all browser test files, each on a free port: build/
// (the site of data/) as inject('baseURL') and inject('buildDir'), and build-library/ (the site of
// the fixture library, tests/fixtures/library) as inject('libraryURL') and inject('libraryDir').
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.js';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
		/** The served build folder, whose HTML files the crawl tests also read as known pages. */
		buildDir: string;
		/** The site built from tests/fixtures/library (articles in kk, ru and en). */
		libraryURL: string;
		/** Its build folder, build-library/. */
		libraryDir: string;
	}
}

/** Serves one build folder, refusing to start when it was not built. */
async function serve(root: string, folder: string, command: string) {
	const dir = path.resolve(root, folder);
	if (!existsSync(path.join(dir, 'index.html'))) {
		throw new Error(`browser tests: ${dir}/index.html does not exist: run ${command} first`);
	}
	return { dir, server: await startServer({ dir, port: 0 }) };
}

export default async function setup(project: TestProject) {
	const root = project.config.root;
	const site = await serve(root, 'build', 'npm run build');
	const library = await serve(
		root,
		'build-library',
		'DEREK_DATA=tests/fixtures/library DEREK_OUT=build-library npm run build'
	);
	project.provide('baseURL', site.server.url);
	project.provide('buildDir', site.dir);
	project.provide('libraryURL', library.server.url);
	project.provide('libraryDir', library.dir);
	return async () => {
		await Promise.all([site.server.close(), library.server.close()]);
	};
}
