// The list pages' budgets at scale: builds a synthetic library of 100 articles (about 700 charts,
// bench/synthetic-library.js) into build-bench-lists/, then measures the list of all articles
// (its first and last page), a country's list and a kind's list as the page bench measures the
// real site: bytes, the first chart within the first 14 KB of gzipped HTML, no layout shift,
// Lighthouse 100 in all four categories. `npm run bench -- lists`; DEREK_BENCH_ARTICLES sets the
// count.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { measureSite } from './pages.js';
import { writeLibrary } from './synthetic-library.js';

const ARTICLES = Number(process.env.DEREK_BENCH_ARTICLES || 100);
const OUT = 'build-bench-lists';

/** The first page of the list with the most pages under `dir/<lang>/<list>/`, by folder name. */
function biggestList(/** @type {string} */ dir, /** @type {string} */ under) {
	const names = readdirSync(path.join(dir, under), { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.map((d) => d.name);
	const pages = (/** @type {string} */ name) => {
		try {
			return readdirSync(path.join(dir, under, name, 'page')).length;
		} catch {
			return 0;
		}
	};
	return names.sort((a, b) => pages(b) - pages(a) || a.localeCompare(b))[0];
}

/** Builds the synthetic library and measures its list pages; false when a figure misses. */
export async function benchLists() {
	console.log(`\nList pages at ${ARTICLES} synthetic articles (bench/synthetic-library.js):`);
	const data = mkdtempSync(path.join(tmpdir(), 'derek-lists-'));
	try {
		writeLibrary(ARTICLES, data);
		const started = Date.now();
		execFileSync('npx', ['vite', 'build'], {
			env: { ...process.env, DEREK_DATA: data, DEREK_OUT: OUT },
			stdio: ['ignore', 'ignore', 'inherit']
		});
		console.log(`  built in ${Math.round((Date.now() - started) / 1000)} s into ${OUT}/`);
	} finally {
		rmSync(data, { recursive: true, force: true });
	}
	const dir = path.resolve(OUT);
	const pages = readdirSync(path.join(dir, 'en', 'page')).filter((f) => f.endsWith('.html'));
	const last = Math.max(...pages.map((f) => Number(f.replace('.html', ''))));
	const country = biggestList(dir, 'kk/countries');
	const kind = biggestList(dir, 'ru/kinds');
	console.log(
		`  the list of all articles has ${last} pages; measured: its first and last, /kk/countries/${country}, /ru/kinds/${kind}`
	);
	return measureSite(dir, async () => ({
		ok: true,
		pages: [
			{ label: 'article list, first page', path: '/en' },
			{ label: 'article list, last page', path: `/en/page/${last}` },
			{ label: 'a country’s list', path: `/kk/countries/${country}` },
			{ label: 'a kind’s list', path: `/ru/kinds/${kind}` }
		]
	}));
}
