// The draft and strict commands as a user runs them: the folder written, what is refused, and why.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const TEXT = 'tests/fixtures/budget-deficit.ru.txt';
const FIXTURE = 'tests/fixtures/library/articles/2026-02-03-budget-deficit';

async function run(args: string[], env: Record<string, string> = {}) {
	try {
		const { stdout, stderr } = await exec('node', args, { env: { ...process.env, ...env } });
		return { code: 0, stdout, stderr };
	} catch (e) {
		const err = e as { code: number; stdout: string; stderr: string };
		return { code: err.code, stdout: err.stdout, stderr: err.stderr };
	}
}

const tmp = mkdtempSync(join(tmpdir(), 'derek-draft-out-'));
const filesOf = (dir: string) =>
	Object.fromEntries(readdirSync(dir).map((n) => [n, readFileSync(join(dir, n), 'utf8')]));

/** A data folder holding only the drafted article. */
function draftedLibrary(): string {
	const root = join(tmp, `library-${readdirSync(tmp).length}`);
	cpSync(FIXTURE, join(root, 'articles', '2026-02-03-budget-deficit'), { recursive: true });
	return root;
}

describe('npm run draft --out', () => {
	it('writes the same folder byte for byte each time, the committed fixture’s', async () => {
		const [a, b] = [join(tmp, 'a'), join(tmp, 'b')];
		for (const out of [a, b]) {
			const { code, stderr } = await run(['scripts/draft.js', TEXT, '--lang', 'ru', '--out', out]);
			expect(code, stderr).toBe(0);
			expect(stderr).toContain(`wrote ${out} (17 facts`);
		}
		expect(filesOf(a)).toEqual(filesOf(b));
		expect(filesOf(a)).toEqual(filesOf(FIXTURE));
	}, 120_000);

	it('refuses a folder that exists and is not empty, and leaves it as it was', async () => {
		const out = join(tmp, 'taken');
		mkdirSync(out);
		writeFileSync(join(out, 'notes.txt'), 'mine');
		const { code, stderr } = await run(['scripts/draft.js', TEXT, '--lang', 'ru', '--out', out]);
		expect(code).not.toBe(0);
		expect(stderr).toContain(`--out ${out} exists and is not empty`);
		expect(readdirSync(out)).toEqual(['notes.txt']);
	});

	it('refuses a date that is not YYYY-MM-DD', async () => {
		const args = ['scripts/draft.js', TEXT, '--lang', 'ru', '--out', join(tmp, 'd')];
		const { code, stderr } = await run([...args, '--date', '3 February']);
		expect(code).not.toBe(0);
		expect(stderr).toContain('--date "3 February" is not a date in the form YYYY-MM-DD');
	});
});

describe('strict: a published build refuses drafts, naming file, record and field', () => {
	const record = `${FIXTURE.replace('tests/fixtures/library', '')}/facts.json: record 1 ("p1-percent"), field "label": still needs a person (draft)`;

	it('check-data lists the drafts and passes; check-data --strict refuses them', async () => {
		const root = draftedLibrary();
		const ok = await run(['scripts/check-data.js', root]);
		expect(ok.code, ok.stderr).toBe(0);
		expect(ok.stderr).toContain(record);
		const strict = await run(['scripts/check-data.js', '--strict', root]);
		expect(strict.code).toBe(1);
		expect(strict.stderr).toContain(`${root} holds drafts, which a published build refuses`);
		expect(strict.stderr).toContain(`${root}${record}`);
		expect(strict.stderr).toContain(
			'article.json: the article, field "about": still needs a person (draft)'
		);
	}, 60_000);

	it('npm run build -- --strict fails before building, naming each draft field', async () => {
		const root = draftedLibrary();
		const out = join(tmp, 'never-built');
		const { code, stderr } = await run(['scripts/build.js', '--strict'], {
			DEREK_DATA: root,
			DEREK_OUT: out
		});
		expect(code).not.toBe(0);
		expect(stderr).toContain(`${root}${record}`);
		// The message alone: no stack trace through Vite's config loading.
		expect(stderr).not.toMatch(/\n\s+at /);
		expect(readdirSync(tmp)).not.toContain('never-built');
	}, 60_000);
});
