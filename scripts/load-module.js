// Loads a module of the app's source through Vite, with the same plugins and aliases ($lib,
// ?raw imports) as the build, so scripts make files with exactly the build's code.
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

/**
 * Runs `use` with the module at `path` (from the project root, e.g. '/src/lib/export/all.ts'),
 * then shuts Vite down. `plain` skips the project's config (SvelteKit and its plugins) and only
 * maps `$lib`: for plain TypeScript modules, it starts several times faster.
 * @template T
 * @param {string} path
 * @param {(module: Record<string, any>) => Promise<T> | T} use
 * @param {{ plain?: boolean }} [options]
 * @returns {Promise<T>}
 */
export async function withModule(path, use, { plain = false } = {}) {
	const vite = await createServer({
		...(plain
			? {
					configFile: false,
					root: fileURLToPath(new URL('..', import.meta.url)),
					resolve: { alias: { $lib: fileURLToPath(new URL('../src/lib', import.meta.url)) } },
					optimizeDeps: { noDiscovery: true, include: [] }
				}
			: {}),
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
