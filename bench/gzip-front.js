// A gzip front for the bench's static server: static hosts (Netlify, Cloudflare Pages) compress
// text, so Lighthouse's simulated slow network must see the bytes a reader would.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { COMPRESSIBLE } from './bytes.js';

/**
 * Starts an HTTP server in front of `upstream` that gzips text responses for clients that accept
 * gzip. Listens on `port` (0: any free port).
 * @param {string} upstream
 * @param {number} port
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function gzipFront(upstream, port) {
	const server = createServer(async (req, res) => {
		try {
			const response = await fetch(new URL(req.url ?? '/', upstream), {
				method: req.method,
				redirect: 'manual',
				signal: AbortSignal.timeout(20_000)
			});
			/** @type {Record<string, string>} */
			const headers = {};
			response.headers.forEach((value, name) => {
				if (!['content-length', 'connection', 'keep-alive', 'transfer-encoding'].includes(name)) {
					headers[name] = value;
				}
			});
			let body = Buffer.from(await response.arrayBuffer());
			const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
			if (gzip && body.length > 0 && COMPRESSIBLE.test(headers['content-type'] ?? '')) {
				body = gzipSync(body, { level: 9 });
				headers['content-encoding'] = 'gzip';
				headers['vary'] = 'Accept-Encoding';
			}
			headers['content-length'] = String(body.length);
			res.writeHead(response.status, headers);
			res.end(req.method === 'HEAD' ? undefined : body);
		} catch (error) {
			res.writeHead(502, { 'content-type': 'text/plain' });
			res.end(String(error));
		}
	});
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, () => resolve(undefined));
	});
	const address = server.address();
	const actual = typeof address === 'object' && address ? address.port : port;
	return {
		url: `http://localhost:${actual}/`,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
