// Loads a module of the app's source through Vite, with the same plugins and aliases ($lib,
// ?raw imports) as the build, so scripts make files with exactly the build's code.
import { createServer } from 'vite';

/**
 * Runs `use` with the module at `path` (from the project root, e.g. '/src/lib/export/all.ts'),
 * then shuts Vite down.
 * @template T
 * @param {string} path
 * @param {(module: Record<string, any>) => Promise<T> | T} use
 * @returns {Promise<T>}
 */
export async function withModule(path, use) {
	const vite = await createServer({
		server: { middlewareMode: true, hmr: false, ws: false },
		appType: 'custom',
		logLevel: 'error'
	});
	try {
		return await use(await vite.ssrLoadModule(path));
	} finally {
		await vite.close();
	}
}
