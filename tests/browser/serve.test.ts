// scripts/serve.js behaves like the static hosts we deploy to: pretty URLs, 404.html,
// caching, the `_headers` file, and nothing outside the served folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, parseHeaders, startServer } from '../../scripts/serve.js';

let root: string;
let server: Awaited<ReturnType<typeof startServer>>;

/** Requests a raw path (no URL normalisation of `..` or `//`) without following redirects. */
function get(rawPath: string, method = 'GET') {
	return fetch(server.url.replace(/\/$/, '') + rawPath, { method, redirect: 'manual' });
}

beforeAll(async () => {
	const base = mkdtempSync(path.join(tmpdir(), 'derek-serve-'));
	root = path.join(base, 'site');
	const files: Record<string, string> = {
		'index.html': '<h1>Gallery</h1>',
		'404.html': '<h1>Page not found</h1>',
		'charts/japan-investment.html': '<h1>Japan</h1>',
		'charts/trade-2.5bn.html': '<h1>Trade</h1>',
		'charts/japan-investment/oembed.json': '{}',
		'_app/immutable/entry.js': 'export {};',
		'_app/version.json': '{}',
		'data/x.csv': 'a,b\n',
		'fonts/noto.woff2': 'wOF2',
		_headers: [
			'# embeds may be framed anywhere, other pages only by us',
			'/embed/*',
			'  Content-Security-Policy: frame-ancestors *',
			'/charts/:id',
			'  X-Frame-Options: SAMEORIGIN',
			'  X-Chart: yes'
		].join('\n')
	};
	for (const [name, text] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
		writeFileSync(path.join(root, name), text);
	}
	writeFileSync(path.join(base, 'secret.txt'), 'secret');
	server = await startServer({ dir: root, port: 0 });
});

afterAll(async () => {
	await server?.close();
	rmSync(path.dirname(root), { recursive: true, force: true });
});

describe('scripts/serve.js', () => {
	it('serves / as index.html and /charts/x as charts/x.html', async () => {
		const home = await get('/');
		expect(home.status).toBe(200);
		expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
		expect(await home.text()).toContain('Gallery');
		const chart = await get('/charts/japan-investment');
		expect(chart.status).toBe(200);
		expect(await chart.text()).toContain('Japan');
		// A dot in a page's name is not a file extension.
		const dotted = await get('/charts/trade-2.5bn');
		expect(dotted.headers.get('content-type')).toBe('text/html; charset=utf-8');
		expect(await dotted.text()).toContain('Trade');
	});

	it('redirects a trailing slash to the URL without it, keeping the query', async () => {
		const response = await get('/charts/japan-investment/?a=1');
		expect(response.status).toBe(301);
		expect(response.headers.get('location')).toBe('/charts/japan-investment?a=1');
		expect((await get('//index.html/')).headers.get('location')).toBe('/index.html');
	});

	it('gives each file its content type', async () => {
		expect((await get('/charts/japan-investment/oembed.json')).headers.get('content-type')).toBe(
			'application/json; charset=utf-8'
		);
		expect((await get('/_app/immutable/entry.js')).headers.get('content-type')).toBe(
			'text/javascript; charset=utf-8'
		);
		expect((await get('/data/x.csv')).headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect((await get('/fonts/noto.woff2')).headers.get('content-type')).toBe('font/woff2');
		expect((await get('/index.html')).headers.get('content-type')).toBe('text/html; charset=utf-8');
	});

	it('caches only hashed assets for long', async () => {
		expect((await get('/_app/immutable/entry.js')).headers.get('cache-control')).toMatch(
			/immutable/
		);
		expect((await get('/_app/version.json')).headers.get('cache-control')).toBe('no-cache');
		expect((await get('/')).headers.get('cache-control')).toBe('no-cache');
	});

	it('answers unknown paths with 404.html and status 404', async () => {
		for (const unknown of ['/charts/no-such-chart', '/nope/', '/_headers']) {
			const response = await get(unknown);
			expect(response.status, unknown).toBe(404);
			expect(await response.text(), unknown).toContain('Page not found');
		}
	});

	it('serves nothing outside its folder', async () => {
		for (const attack of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/a/%00']) {
			const response = await get(attack);
			expect(response.status, attack).toBe(404);
			expect(await response.text(), attack).not.toContain('secret');
		}
	});

	it('answers a request for a file it already has with 304 Not Modified', async () => {
		const first = await get('/charts/japan-investment');
		const etag = first.headers.get('etag');
		expect(etag).toBeTruthy();
		const again = await fetch(server.url + 'charts/japan-investment', {
			headers: { 'If-None-Match': etag! }
		});
		expect(again.status).toBe(304);
	});

	it('answers HEAD without a body and refuses other methods', async () => {
		const head = await get('/', 'HEAD');
		expect(head.status).toBe(200);
		expect(await head.text()).toBe('');
		expect((await get('/', 'POST')).status).toBe(405);
	});

	it('applies the _headers file', async () => {
		const chart = await get('/charts/japan-investment');
		expect(chart.headers.get('x-frame-options')).toBe('SAMEORIGIN');
		expect(chart.headers.get('x-chart')).toBe('yes');
		expect((await get('/embed/japan-investment')).headers.get('content-security-policy')).toBe(
			'frame-ancestors *'
		);
		expect((await get('/')).headers.get('x-frame-options')).toBeNull();
	});

	it('parses _headers like the static hosts: wildcards, placeholders, joining, detaching', () => {
		const rules = parseHeaders(
			[
				'/*',
				'  X-Frame-Options: DENY',
				'  A: 1',
				'/embed/:id',
				'  ! X-Frame-Options',
				'  A: 2'
			].join('\n')
		);
		const names = (pathname: string) => Object.fromEntries(headersFor(rules, pathname).values());
		expect(names('/')).toEqual({ 'X-Frame-Options': 'DENY', A: '1' });
		expect(names('/embed/x')).toEqual({ A: '1, 2' });
		expect(names('/embed/x/y')).toEqual({ 'X-Frame-Options': 'DENY', A: '1' });
		expect(() => parseHeaders('  A: 1')).toThrow(/without a URL pattern/);
	});

	it('refuses to start without the folder', async () => {
		await expect(startServer({ dir: path.join(root, 'missing'), port: 0 })).rejects.toThrow(
			/npm run build/
		);
	});
});
