import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { pruneCache, sumUpBuild } from './src/lib/server/build-cache/folder.js';

/** The CSP source allowing one of our scripts inline (src/lib/server/inlined.ts). */
const scriptHash = (/** @type {string} */ file) =>
	`sha256-${createHash('sha256').update(readFileSync(file)).digest('base64')}`;

/** The folder the site is written to: DEREK_OUT, or build/. */
const outDir = process.env.DEREK_OUT || 'build';

/**
 * Links every file under `from` but the __data.json files into `to`, folder for folder; copies
 * where a link cannot be made (another file system).
 * @param {string} from
 * @param {string} to
 * @returns {string[]} the files written
 */
function linkTree(from, to) {
	if (!existsSync(from)) return [];
	return readdirSync(from, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name !== '__data.json')
		.map((entry) => {
			const name = relative(from, join(entry.parentPath, entry.name));
			mkdirSync(dirname(join(to, name)), { recursive: true });
			try {
				linkSync(join(from, name), join(to, name));
			} catch {
				copyFileSync(join(from, name), join(to, name));
			}
			return join(to, name);
		});
}

/**
 * adapter-static, writing the prerendered site by hard links to the prerender's files rather than
 * copies of them (they are made afresh by each build, and are most of its writing: on this
 * machine's disk, a gigabyte written takes several seconds), all but the __data.json files:
 * SvelteKit writes one beside each page with a server load, for an app's client-side navigation;
 * csr is off, so no page fetches one, and a page served from the build cache
 * (src/lib/server/build-cache/) has none made, so that leaving them out is what makes every build
 * write the same site. Then the cache sheds what no build uses any more.
 * @param {string} out
 * @returns {import('@sveltejs/kit').Adapter}
 */
function staticSite(out) {
	const written = adapter({ pages: out, assets: out, strict: true });
	return {
		name: 'derek-static-site',
		async adapt(builder) {
			const prerendered = `${builder.config.kit.outDir}/output/prerendered`;
			const linking = Object.assign(Object.create(builder), {
				/** @param {string} dest */
				writePrerendered: (dest) =>
					['pages', 'dependencies', 'data'].flatMap((part) =>
						linkTree(join(prerendered, part), dest)
					)
			});
			await written.adapt(linking);
			const summary = sumUpBuild();
			if (summary) builder.log(summary);
			pruneCache();
		}
	};
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// The scripts in static/ are served as written; type-check them with the rest.
		typescript: {
			config: (tsconfig) => {
				tsconfig.include.push('../static/*.js');
			}
		},
		// A page's CSS is a few KB: inlined, it costs no render-blocking request.
		inlineStyleThreshold: Infinity,
		// No SPA fallback: every page, including 404.html, is prerendered real HTML. DEREK_OUT lets
		// a second data folder (the test library) build beside build/ without overwriting it.
		adapter: staticSite(outDir),
		// The same code builds the same files: the default version is the time of the build, which
		// would change _app/ every time and the build cache's key with it. csr is off, so no client
		// asks the version for updates.
		version: { name: JSON.parse(readFileSync('package.json', 'utf8')).version },
		// Absolute asset paths: 404.html is served at any depth of URL, where relative ones break.
		paths: { relative: false },
		// Prerendered pages carry the policy as a <meta> tag. The app ships no script (csr is off);
		// a page's one script is written into it (src/lib/server/inlined.ts), allowed by its
		// hash. Styles need no 'unsafe-inline': SvelteKit hashes the inlined CSS, and no element
		// carries a style attribute (enhance.js and embed.js set element.style, which a CSP does
		// not govern).
		// frame-ancestors cannot be set in a <meta>: static/_headers sets it.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': [
					'self',
					scriptHash('static/enhance.js'),
					scriptHash('static/embed-child.js')
				],
				'style-src': ['self'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		prerender: {
			// A chart's PNG is drawn on libuv's thread pool: with one request at a time the
			// prerender waited on it half the time (profile of issue 17); four keep both cores busy.
			concurrency: 4,
			// The 404 route is not linked from anywhere; it is what static hosts serve for unknown paths.
			entries: ['*', '/404'],
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// A site whose site.json names no article for the first addresses (/<lang>/charts/<id>
			// and the like) has none to write, and lists that fit one page have no /page/<n>; any
			// other route left unwritten is a fault.
			handleUnseenRoutes: ({ routes, message }) => {
				const FIRST = /^\/(\[lang=lang\]\/)?(charts\/\[id\]|embed\/\[id\]|article)(\/|$)/;
				const LATER_PAGES = /\/page\/\[n\]$/;
				const expected = (route) => FIRST.test(route) || LATER_PAGES.test(route);
				if (routes.some((route) => !expected(route))) throw new Error(message);
			}
		}
	}
};

export default config;
