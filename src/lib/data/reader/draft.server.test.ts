import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Candidate } from './types';

const run = promisify(execFile);

/** Runs `npm run draft` as a user would, returning its exit code and both streams. */
async function draft(...args: string[]) {
	try {
		const { stdout, stderr } = await run('node', ['scripts/draft.js', ...args]);
		return { code: 0, stdout, stderr };
	} catch (e) {
		const err = e as { code: number; stdout: string; stderr: string };
		return { code: err.code, stdout: err.stdout, stderr: err.stderr };
	}
}

const dir = mkdtempSync(join(tmpdir(), 'derek-draft-'));
const file = (name: string, content: string | Buffer) => {
	const path = join(dir, name);
	writeFileSync(path, content);
	return path;
};

describe('npm run draft on the real article', () => {
	it('prints one JSON document holding every figure of data/articles/2025-12-20-central-asia-japan-tokyo/facts.json', async () => {
		const { code, stdout, stderr } = await draft(
			'data/articles/2025-12-20-central-asia-japan-tokyo/article.kk.txt',
			'--lang',
			'kk',
			'--json'
		);
		expect(code, stderr).toBe(0);
		const { candidates } = JSON.parse(stdout) as { candidates: Candidate[] };
		const facts = JSON.parse(
			readFileSync('data/articles/2025-12-20-central-asia-japan-tokyo/facts.json', 'utf8')
		) as Candidate[];
		for (const f of facts) {
			expect(candidates, f.printed).toContainEqual(
				expect.objectContaining({
					paragraph: f.paragraph,
					sentence: f.sentence,
					printed: f.printed,
					value: f.value,
					unit: f.unit,
					bound: f.bound
				})
			);
		}
		expect(stderr).toContain('11 candidates');
	}, 60_000);
});

describe('npm run draft refuses bad input with a clear error and a non-zero exit', () => {
	it.each([
		[['no-such-article.txt', '--lang', 'kk', '--json'], 'no-such-article.txt: no such file'],
		[
			[
				'data/articles/2025-12-20-central-asia-japan-tokyo/article.kk.txt',
				'--lang',
				'de',
				'--json'
			],
			'unknown language "de"'
		],
		[
			['data/articles/2025-12-20-central-asia-japan-tokyo/article.kk.txt', '--json'],
			'no language given'
		],
		[['--lang', 'kk', '--json'], 'no article file given'],
		[
			['data/articles/2025-12-20-central-asia-japan-tokyo/article.kk.txt', '--lang', 'kk'],
			'say --json'
		],
		[
			[
				'data/articles/2025-12-20-central-asia-japan-tokyo/article.kk.txt',
				'--lang',
				'kk',
				'--json',
				'--out',
				'x'
			],
			'--out'
		],
		[
			[file('latin1.txt', Buffer.from([0x54, 0xeb, 0x73, 0x74, 0x0a])), '--lang', 'en', '--json'],
			'is not UTF-8 text'
		],
		[[file('empty.txt', ' \n\n \n'), '--lang', 'ru', '--json'], 'is empty'],
		[
			[
				file('binary.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])),
				'--lang',
				'en',
				'--json'
			],
			'is not text'
		],
		[[dir, '--lang', 'en', '--json'], 'is a folder']
	])('%j', async (args, message) => {
		const { code, stdout, stderr } = await draft(...args);
		expect(code).not.toBe(0);
		expect(stdout).toBe('');
		expect(stderr).toContain(message);
	});
});
