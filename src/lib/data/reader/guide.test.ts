import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPrinted } from './read';
import type { ReaderLang } from './types';

// The README's table of bounds is the annotation guide: every example in it must read as its row.
const rows = readFileSync('README.md', 'utf8')
	.split('\n')
	.filter((line) => /^\s*\| `[a-z-]+` +\|/.test(line))
	.map((line) =>
		line
			.trim()
			.split('|')
			.map((cell) => cell.trim())
	);
const LANGS: ReaderLang[] = ['kk', 'ru', 'en'];
const examples = rows.flatMap(([, bound = '', ...cells]) =>
	LANGS.flatMap((lang, i) =>
		(cells[i] ?? '').split(';').map((example) => ({
			lang,
			bound: bound.replace(/`/g, ''),
			example: example.trim()
		}))
	)
);

describe('the README table of bounds', () => {
	it('has an example of every bound in every language', () => {
		expect(rows).toHaveLength(7);
		expect(examples.length).toBeGreaterThanOrEqual(21);
	});

	it.each(examples)('$lang "$example" reads as $bound', ({ lang, bound, example }) => {
		const read = readPrinted(lang, example);
		expect(read?.bound).toBe(bound);
		expect(read?.printed).toBe(example);
	});
});
