// A small static file server for the adapter-static output, behaving like a static host
// (Netlify, Cloudflare Pages): pretty URLs without `.html`, the prerendered 404.html for
// anything unknown, long caching for hashed assets only, and the folder's `_headers` file.
// Usage: node scripts/serve.js [dir=build]   (port from PORT, default 4173)
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HTML = 'text/html; charset=utf-8';
const TEXT = 'text/plain; charset=utf-8';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': HTML,
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml; charset=utf-8',
	'.txt': TEXT,
	'.csv': 'text/csv; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.png': 'image/png',
	'.pdf': 'application/pdf',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.ttf': 'font/ttf'
};

/** Files that configure the host and are never served, as on Netlify and Cloudflare Pages. */
const HIDDEN = new Set(['/_headers', '/_redirects']);

/**
 * @typedef {{ pattern: RegExp, set: [string, string][], unset: string[] }} HeaderRule
 * One block of a `_headers` file: a URL pattern and the headers it sets or detaches.
 */

/**
 * Parses a Netlify / Cloudflare Pages `_headers` file. A line starting in column 0 is a URL
 * pattern (`*` matches anything, `:name` one path segment); the indented lines below it are
 * `Name: value` headers, or `! Name` to detach a header that an earlier rule set.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeaders(text) {
	/** @type {HeaderRule[]} */
	const rules = [];
	for (const line of text.split(/\r?\n/)) {
		const trimmed = line.trim();
		if (trimmed === '' || trimmed.startsWith('#')) continue;
		const rule = rules.at(-1);
		if (!/^\s/.test(line)) {
			const source = trimmed
				.split(/(\*|:[A-Za-z]\w*)/)
				.map((part) =>
					part === '*'
						? '.*'
						: part.startsWith(':')
							? '[^/]+'
							: part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
				)
				.join('');
			rules.push({ pattern: new RegExp(`^${source}$`), set: [], unset: [] });
		} else if (!rule) {
			throw new Error(`_headers: header without a URL pattern: ${trimmed}`);
		} else if (trimmed.startsWith('!')) {
			rule.unset.push(trimmed.slice(1).trim().toLowerCase());
		} else {
			const colon = trimmed.indexOf(':');
			if (colon < 1) throw new Error(`_headers: not a "Name: value" line: ${trimmed}`);
			rule.set.push([trimmed.slice(0, colon).trim(), trimmed.slice(colon + 1).trim()]);
		}
	}
	return rules;
}

/**
 * The headers that the `_headers` rules give a path. As on Cloudflare Pages, every matching
 * rule applies, in file order; a header set by several rules is joined with ", ".
 * @param {HeaderRule[]} rules
 * @param {string} pathname
 * @returns {Map<string, [string, string]>} lower-case name -> [name, value]
 */
export function headersFor(rules, pathname) {
	/** @type {Map<string, [string, string]>} */
	const out = new Map();
	for (const rule of rules) {
		if (!rule.pattern.test(pathname)) continue;
		for (const name of rule.unset) out.delete(name);
		for (const [name, value] of rule.set) {
			const prev = out.get(name.toLowerCase());
			out.set(name.toLowerCase(), [name, prev ? `${prev[1]}, ${value}` : value]);
		}
	}
	return out;
}

/**
 * @param {string} file
 * @returns {Promise<boolean>}
 */
async function isFile(file) {
	try {
		return (await stat(file)).isFile();
	} catch {
		return false;
	}
}

/**
 * Finds the file for a URL path, as a static host does: the file itself, then `<path>.html`,
 * then `<path>/index.html`. Returns null for anything outside `root` or not found.
 * @param {string} root absolute folder
 * @param {string} pathname decoded URL path, starting with `/`, without a trailing slash
 * @returns {Promise<string | null>}
 */
async function resolveFile(root, pathname) {
	if (pathname.includes('\0') || HIDDEN.has(pathname)) return null;
	const base = path.resolve(root, '.' + pathname);
	if (base !== root && !base.startsWith(root + path.sep)) return null;
	for (const file of [base, base + '.html', path.join(base, 'index.html')]) {
		if (await isFile(file)) return file;
	}
	return null;
}

/**
 * Starts the server. Resolves once it is listening; port 0 picks a free port.
 * @param {{ dir?: string, port?: number, host?: string }} [options]
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startServer({ dir = 'build', port = 4173, host } = {}) {
	const root = path.resolve(dir);
	if (!(await stat(root).catch(() => null))?.isDirectory()) {
		throw new Error(`derek: no folder ${root} to serve (run npm run build first)`);
	}
	let rules = /** @type {HeaderRule[]} */ ([]);
	try {
		rules = parseHeaders(readFileSync(path.join(root, '_headers'), 'utf8'));
	} catch (error) {
		if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
	}

	const server = createServer(async (req, res) => {
		// Not new URL(req.url, base): that would read a path starting with `//` as a host name.
		const url = new URL(`http://localhost${req.url ?? '/'}`);
		/**
		 * @param {number} status
		 * @param {Record<string, string>} headers
		 * @param {string | Buffer} [body]
		 */
		const send = (status, headers, body = '') => {
			res.statusCode = status;
			for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
			for (const [name, value] of headersFor(rules, url.pathname).values()) {
				res.setHeader(name, value);
			}
			res.setHeader('Content-Length', Buffer.byteLength(body));
			res.end(req.method === 'HEAD' ? undefined : body);
		};

		try {
			if (req.method !== 'GET' && req.method !== 'HEAD') {
				return send(405, { Allow: 'GET, HEAD', 'Content-Type': TEXT }, 'Method not allowed\n');
			}
			let pathname;
			try {
				pathname = decodeURIComponent(url.pathname);
			} catch {
				return send(400, { 'Content-Type': TEXT }, 'Bad request\n');
			}
			const trailing = pathname.length > 1 && pathname.endsWith('/');
			const file = await resolveFile(root, trailing ? pathname.replace(/\/+$/, '') : pathname);

			if (file && trailing) {
				// trailingSlash 'never': one URL per page, as the prerendered links have it.
				// Leading slashes collapsed, so that `//host/` cannot redirect to another site.
				const location = '/' + url.pathname.replace(/^\/+|\/+$/g, '') + url.search;
				return send(301, { Location: location, 'Cache-Control': 'no-cache' });
			}
			if (file) {
				const immutable = url.pathname.startsWith('/_app/immutable/');
				return send(
					200,
					{
						'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
						'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
						'X-Content-Type-Options': 'nosniff'
					},
					await readFile(file)
				);
			}
			const notFound = await readFile(path.join(root, '404.html')).catch(() => null);
			return notFound
				? send(404, { 'Content-Type': HTML, 'Cache-Control': 'no-cache' }, notFound)
				: send(404, { 'Content-Type': TEXT, 'Cache-Control': 'no-cache' }, 'Not found\n');
		} catch (error) {
			console.error(error);
			if (!res.headersSent) send(500, { 'Content-Type': TEXT }, 'Internal error\n');
			else res.destroy();
		}
	});

	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => resolve(undefined));
	});
	const address = server.address();
	const actualPort = typeof address === 'object' && address ? address.port : port;
	return {
		url: `http://localhost:${actualPort}/`,
		port: actualPort,
		close: () =>
			new Promise((resolve, reject) => {
				server.closeAllConnections();
				server.close((error) => (error ? reject(error) : resolve()));
			})
	};
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const dir = process.argv[2] ?? 'build';
	const { url } = await startServer({ dir, port: Number(process.env.PORT ?? 4173) });
	console.log(`derek: serving ${dir} at ${url}`);
}
