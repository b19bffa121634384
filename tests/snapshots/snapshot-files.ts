// What a snapshot holds for each kind of exported file: text files are compared whole, so a change
// reads as a diff; binary files (PNG, PDF) by their size and SHA-256, since their bytes are
// deterministic but a diff of them says nothing to a person.
import { createHash } from 'node:crypto';
import type { ExportFile } from '$lib/export/files';

/** The committed snapshots of the real article's files and of the fixture figures. */
export const EXPORTS_DIR = new URL('./exports/', import.meta.url).pathname;
export const FIXTURES_DIR = new URL('./fixtures/', import.meta.url).pathname;
/** What the real article's charts answer at their first addresses (/<lang>/charts/<id>/…). */
export const FIRST_ADDRESSES_DIR = new URL('./first-addresses/', import.meta.url).pathname;

/** The manifest of binary files in a snapshot folder. */
export const BINARY_MANIFEST = 'binary-files.txt';

export const isText = (file: Pick<ExportFile, 'body'>): file is { body: string } =>
	typeof file.body === 'string';

/** One line per binary file, `<name>  <bytes>  sha256:<hex>`, in the order given. */
export function binaryManifest(files: { name: string; body: Uint8Array }[]): string {
	return files
		.map((f) => {
			const hash = createHash('sha256').update(f.body).digest('hex');
			return `${f.name}  ${f.body.length}  sha256:${hash}\n`;
		})
		.join('');
}
