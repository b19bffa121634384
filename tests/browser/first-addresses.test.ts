// The built site answers the real article's first addresses with the bytes snapshotted in
// tests/snapshots/first-addresses/: every file and oEmbed document under /<lang>/charts/<id>/,
// as other sites link them, while its pages forward to the chart's page under its article.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/lib/data/types';
import { EXPECTED_IDS } from './browser';

const SNAPSHOTS = 'tests/snapshots/first-addresses';
const sha = (body: Buffer) => createHash('sha256').update(body).digest('hex');
const manifest = new Map(
	readFileSync(path.join(SNAPSHOTS, 'binary-files.txt'), 'utf8')
		.trim()
		.split('\n')
		.map((line) => {
			const [name, bytes, hash] = line.split(/\s+/);
			return [name!, { bytes: Number(bytes), hash: hash!.replace('sha256:', '') }];
		})
);

describe.each(LANGS)('the first addresses in %s', (lang) => {
	it.each(EXPECTED_IDS)('/%s/… answers its first files and oEmbed byte for byte', (id) => {
		const dir = path.join('build', lang, 'charts', id);
		const files = readdirSync(dir);
		expect(files.filter((f) => f.startsWith('derek-'))).toHaveLength(5);
		for (const name of files) {
			const body = readFileSync(path.join(dir, name));
			if (name === 'oembed.json') {
				expect(
					body.equals(readFileSync(path.join(SNAPSHOTS, `oembed-${id}-${lang}.json`))),
					name
				).toBe(true);
			} else if (/\.(png|pdf)$/.test(name)) {
				expect({ bytes: body.length, hash: sha(body) }, name).toEqual(manifest.get(name));
			} else {
				expect(body.equals(readFileSync(path.join(SNAPSHOTS, name))), name).toBe(true);
			}
		}
		const page = readFileSync(path.join('build', lang, 'charts', `${id}.html`), 'utf8');
		expect(page).toMatch(
			new RegExp(`http-equiv="refresh" content="0; url=/${lang}/articles/[^/"]+/charts/${id}"`)
		);
	});
});
