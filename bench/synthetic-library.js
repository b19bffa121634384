// Writes a synthetic data folder of N articles for measuring builds at scale:
//   node bench/synthetic-library.js <count> <folder>
// Each article is the seed article (data/articles/2025-12-20-central-asia-japan-tokyo/) under its
// own slug and date, with its numbers changed together wherever they are written (the value, the
// number as printed, the sentence, the full text, the titles and translations), so the build's
// validation and its "every number charted or declared" scan pass; and with another partner
// country in `parties`, so that country pages hold several articles each. The same count gives
// the same bytes, and article i is the same in every folder, so a folder of N + 1 is the folder
// of N plus one article (what an incremental build is measured on). The folder is made to hold
// exactly those N articles: others under articles/ are removed.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SEED = join(ROOT, 'data/articles/2025-12-20-central-asia-japan-tokyo');
const FILES = [
	'article.json',
	'article.kk.txt',
	'facts.json',
	'charts.json',
	'statements.json',
	'not-charted.json'
];

/** Months as the seed writes December: Kazakh (and its locative), English, Russian (and genitive). */
const MONTHS = [
	['қаңтар', 'қаңтарда', 'January', 'январь', 'января'],
	['ақпан', 'ақпанда', 'February', 'февраль', 'февраля'],
	['наурыз', 'наурызда', 'March', 'март', 'марта'],
	['сәуір', 'сәуірде', 'April', 'апрель', 'апреля'],
	['мамыр', 'мамырда', 'May', 'май', 'мая'],
	['маусым', 'маусымда', 'June', 'июнь', 'июня'],
	['шілде', 'шілдеде', 'July', 'июль', 'июля'],
	['тамыз', 'тамызда', 'August', 'август', 'августа'],
	['қыркүйек', 'қыркүйекте', 'September', 'сентябрь', 'сентября'],
	['қазан', 'қазанда', 'October', 'октябрь', 'октября'],
	['қараша', 'қарашада', 'November', 'ноябрь', 'ноября'],
	['желтоқсан', 'желтоқсанда', 'December', 'декабрь', 'декабря']
];

/** The Kazakh ablative ending after a round number ("60-тан", "80-нен"): it follows the word's last sound. */
const ABLATIVE = {
	20: 'дан',
	30: 'дан',
	40: 'тан',
	50: 'ден',
	60: 'тан',
	70: 'тен',
	80: 'нен',
	90: 'нан'
};
const COUNTS = [20, 30, 40, 50, 60, 70, 80, 90];
const PERCENTS = [60, 70, 80, 90];

/** Partner countries in turn, so each country page gathers every tenth article. */
const PARTNERS = ['JP', 'CN', 'KR', 'DE', 'TR', 'US', 'FR', 'IN', 'AE', 'UZ'];

/** A small deterministic generator (mulberry32), so article i is the same in every folder. */
function random(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A number with one decimal that is not whole, between 1.1 and 9.9, as "x.y". */
const tenths = (next) => {
	const n = 11 + Math.floor(next() * 89);
	return n % 10 === 0 ? n + 1 : n;
};

/**
 * Article i's date (newest first from 2025-12-28, one a day, 28 a month, all in 2025 so the
 * seed's "last year" stays 2024) and its numbers.
 * @param {number} i
 */
export function variant(i) {
	const next = random(i + 1);
	const month = 11 - (Math.floor(i / 28) % 12);
	const day = 28 - (i % 28);
	const investment = tenths(next);
	let value = tenths(next);
	if (value === investment) value = value === 99 ? 98 : value + 1;
	return {
		i,
		date: `2025-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
		month,
		day,
		slug: `2025-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}-synthetic-${i + 1}`,
		trade: 2 + Math.floor(next() * 8),
		investment: investment / 10,
		documentsValue: value / 10,
		documents: COUNTS[Math.floor(next() * COUNTS.length)] ?? 60,
		share: PERCENTS[Math.floor(next() * PERCENTS.length)] ?? 80,
		corridor: 5100 + 100 * Math.floor(next() * 19),
		partner: PARTNERS[i % PARTNERS.length] ?? 'JP'
	};
}

const comma = (n) => String(n).replace('.', ',');
const grouped = (n) => n.toLocaleString('en-US');

/**
 * Every way the seed writes one of its varied numbers, and what article `v` writes instead.
 * Each pattern is guarded so that it matches only the whole number ("80", not "80.4" or "180").
 * @param {ReturnType<typeof variant>} v
 * @returns {[RegExp, string][]}
 */
function replacements(v) {
	const [kkMonth, kkLocative, enMonth, ruMonth, ruGenitive] = MONTHS[v.month] ?? MONTHS[11] ?? [];
	const n = (pattern) => new RegExp(`(?<![\\d.,])${pattern}(?![\\d]|[.,]\\d)`, 'g');
	return [
		[n('20 желтоқсанда'), `${v.day} ${kkLocative}`],
		[n('20 желтоқсан'), `${v.day} ${kkMonth}`],
		[/желтоқсан/g, `${kkMonth}`],
		[n('20 December'), `${v.day} ${enMonth}`],
		[/December/g, `${enMonth}`],
		[n('20 декабря'), `${v.day} ${ruGenitive}`],
		[/декабря/g, `${ruGenitive}`],
		[/декабрь/g, `${ruMonth}`],
		[n('2(?= млрд| миллиардов| billion| bn)'), `${v.trade}`],
		[n('8,5'), comma(v.investment)],
		[n('8\\.5'), `${v.investment}`],
		[n('3,7'), comma(v.documentsValue)],
		[n('3\\.7'), `${v.documentsValue}`],
		[n('60-тан'), `${v.documents}-${ABLATIVE[v.documents]}`],
		[n('60'), `${v.documents}`],
		[n('80-нен'), `${v.share}-${ABLATIVE[v.share]}`],
		[n('80'), `${v.share}`],
		[n('6500'), `${v.corridor}`],
		[n('6,500'), grouped(v.corridor)]
	];
}

/** The seed's values for the facts whose numbers vary, by fact id. */
const VALUES = {
	'kz-jp-trade-2024': (v) => v.trade * 1e9,
	'jp-investment-kz': (v) => Math.round(v.investment * 10) * 1e8,
	'visit-documents-count': (v) => v.documents,
	'visit-documents-value': (v) => Math.round(v.documentsValue * 10) * 1e8,
	'overland-cargo-share': (v) => v.share,
	'middle-corridor-length': (v) => v.corridor
};

/**
 * The files of article `v`, by name, from the seed's files.
 * @param {Record<string, string>} seed
 * @param {ReturnType<typeof variant>} v
 */
export function article(seed, v) {
	// One pass per pattern, over the seed's text only, so no replacement is replaced again.
	const rewrite = (text) => {
		const marks = [];
		let out = text;
		for (const [pattern, to] of replacements(v)) {
			out = out.replace(pattern, () => {
				marks.push(to);
				return String.fromCharCode(0xe000 + marks.length - 1);
			});
		}
		return out.replace(/[\ue000-\uf8ff]/g, (c) => marks[c.charCodeAt(0) - 0xe000] ?? '');
	};
	const files = Object.fromEntries(FILES.map((name) => [name, rewrite(seed[name] ?? '')]));
	const meta = JSON.parse(files['article.json'] ?? '{}');
	meta.date = v.date;
	const facts = JSON.parse(files['facts.json'] ?? '[]');
	for (const fact of facts) {
		const value = VALUES[fact.id];
		if (value) fact.value = value(v);
		fact.parties = fact.parties.map((country) => (country === 'JP' ? v.partner : country));
	}
	const json = (data) => `${JSON.stringify(data, null, '\t')}\n`;
	return { ...files, 'article.json': json(meta), 'facts.json': json(facts) };
}

/**
 * Writes a data folder of `count` synthetic articles into `folder`, leaving files that already
 * hold the same bytes untouched.
 * @param {number} count
 * @param {string} folder
 * @returns {string[]} the slugs, newest first
 */
export function writeLibrary(count, folder) {
	const seed = Object.fromEntries(FILES.map((f) => [f, readFileSync(join(SEED, f), 'utf8')]));
	const variants = Array.from({ length: count }, (_, i) => variant(i));
	const articles = join(folder, 'articles');
	mkdirSync(articles, { recursive: true });
	const keep = new Set(variants.map((v) => v.slug));
	for (const name of readdirSync(articles)) {
		if (!keep.has(name)) rmSync(join(articles, name), { recursive: true, force: true });
	}
	const write = (file, text) => {
		if (existsSync(file) && readFileSync(file, 'utf8') === text) return;
		writeFileSync(file, text);
	};
	for (const v of variants) {
		const dir = join(articles, v.slug);
		mkdirSync(dir, { recursive: true });
		for (const [name, text] of Object.entries(article(seed, v))) write(join(dir, name), text);
	}
	// The first article keeps the first addresses, as the seed does on the real site.
	const first = variants[0]?.slug;
	write(
		join(folder, 'site.json'),
		`${JSON.stringify(first ? { firstAddresses: first } : {}, null, '\t')}\n`
	);
	return variants.map((v) => v.slug);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const [countArg, folder] = process.argv.slice(2);
	const count = Number(countArg);
	if (!folder || !Number.isInteger(count) || count < 1) {
		console.error('usage: node bench/synthetic-library.js <count> <folder>');
		process.exit(2);
	}
	writeLibrary(count, folder);
	console.log(`${folder}: ${count} synthetic article${count === 1 ? '' : 's'}`);
}
