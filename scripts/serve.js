// A small static file server for the adapter-static output, behaving like a static host
// (Netlify, Cloudflare Pages): pretty URLs without `.html`, the prerendered 404.html for
// anything unknown, long caching for hashed assets only, and the folder's `_headers` file.
// sirv finds and sends the files (paths kept inside the folder, content types, ETag and 304,
// ranges); on top of it, what a static host does and sirv does not: the `_headers` rules, the
// redirect of a trailing slash, the 404 page, a charset on text types, and 405 for methods other
// than GET and HEAD.
// Usage: node scripts/serve.js [dir=build]   (port from PORT, default 4173)
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lookup } from 'mrmime';
import sirv from 'sirv';

const HTML = 'text/html; charset=utf-8';
const TEXT = 'text/plain; charset=utf-8';

/** Types whose files are text, which the build writes in UTF-8. */
const TEXTUAL = /^(text\/[\w-]+|application\/([\w.+-]*json|xml)|image\/svg\+xml)$/;

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
 * Whether a URL path names a file, read as sirv reads it: the file itself, `<path>.html` or
 * `<path>/index.html`, inside `root`. Asked only before redirecting `/x/` to `/x`.
 * @param {string} root absolute folder
 * @param {string} pathname decoded URL path, starting with `/`, without a trailing slash
 */
function isServed(root, pathname) {
	const base = path.resolve(root, '.' + pathname);
	if (base !== root && !base.startsWith(root + path.sep)) return false;
	return [base, base + '.html', path.join(base, 'index.html')].some(isFile);
}

/** @param {string} file */
const isFile = (file) => existsSync(file) && statSync(file).isFile();

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
	/**
	 * @param {import('node:http').ServerResponse} res
	 * @param {string} pathname
	 */
	const applyRules = (res, pathname) => {
		for (const [name, value] of headersFor(rules, pathname).values()) res.setHeader(name, value);
	};

	// dev: each request looks on disk, so a folder rebuilt while served is served as it is now.
	const files = sirv(root, {
		dev: true,
		etag: true,
		extensions: ['html'],
		// Headers set here win over sirv's own. `pathname` is the URL's: unless it names a file
		// itself, sirv found `<pathname>.html` or `<pathname>/index.html`. The type is the one sirv
		// gives (mrmime's), with a charset for text.
		setHeaders: (res, pathname) => {
			const own = isFile(path.join(root, pathname));
			const type = own ? (lookup(pathname) ?? 'application/octet-stream') : 'text/html';
			res.setHeader('Content-Type', TEXTUAL.test(type) ? `${type}; charset=utf-8` : type);
			const immutable = pathname.startsWith('/_app/immutable/');
			res.setHeader(
				'Cache-Control',
				immutable ? 'public, max-age=31536000, immutable' : 'no-cache'
			);
			res.setHeader('X-Content-Type-Options', 'nosniff');
			applyRules(res, pathname);
		}
	});

	const server = createServer((req, res) => {
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
			applyRules(res, url.pathname);
			res.setHeader('Content-Length', Buffer.byteLength(body));
			res.end(req.method === 'HEAD' ? undefined : body);
		};
		const notFound = async () => {
			const page = await readFile(path.join(root, '404.html')).catch(() => null);
			if (page) send(404, { 'Content-Type': HTML, 'Cache-Control': 'no-cache' }, page);
			else send(404, { 'Content-Type': TEXT, 'Cache-Control': 'no-cache' }, 'Not found\n');
		};
		const fail = (/** @type {unknown} */ error) => {
			console.error(error);
			if (!res.headersSent) send(500, { 'Content-Type': TEXT }, 'Internal error\n');
			else res.destroy();
		};

		if (req.method !== 'GET' && req.method !== 'HEAD') {
			return send(405, { Allow: 'GET, HEAD', 'Content-Type': TEXT }, 'Method not allowed\n');
		}
		let pathname;
		try {
			pathname = decodeURIComponent(url.pathname);
		} catch {
			return send(400, { 'Content-Type': TEXT }, 'Bad request\n');
		}
		if (pathname.includes('\0') || HIDDEN.has(pathname)) return void notFound().catch(fail);
		if (pathname.length > 1 && pathname.endsWith('/')) {
			if (!isServed(root, pathname.replace(/\/+$/, ''))) return void notFound().catch(fail);
			// trailingSlash 'never': one URL per page, as the prerendered links have it.
			// Leading slashes collapsed, so that `//host/` cannot redirect to another site.
			const location = '/' + url.pathname.replace(/^\/+|\/+$/g, '') + url.search;
			return send(301, { Location: location, 'Cache-Control': 'no-cache' });
		}
		try {
			files(req, res, () => notFound().catch(fail));
		} catch (error) {
			fail(error);
		}
	});

	// Node closes an idle keep-alive connection after 5 s; a client that reuses it at that moment
	// gets ECONNRESET (the crawl, on a loaded machine, did: a few URLs out of 216 per run). Static
	// hosts keep idle connections longer (nginx: 75 s); so does this server.
	server.keepAliveTimeout = 65_000;
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
