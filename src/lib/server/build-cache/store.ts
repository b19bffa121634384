// The build cache's files: each response the prerender asked for, kept with what it was made
// from, under node_modules/.cache/derek-build (./folder.js). A record, named by the digest of the
// build's key and the path, holds the status, headers and the articles the response read with
// their digests; bodies are kept by the digest of their bytes, so a file answered at several
// addresses is kept once.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, stat, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Reads } from './reads';

/** What the articles are now, as the library digests them. */
export interface Digests {
	articles: ReadonlyMap<string, string>;
	all: string;
}

/** What a kept response read: the whole list's digest, or each article's (null: there was none). */
interface ReadDigests {
	all?: string;
	articles: Record<string, string | null>;
}

interface KeptRecord {
	path: string;
	status: number;
	headers: [string, string][];
	body: string;
	size: number;
	read: ReadDigests;
}

/** A record used is marked so at most once a day: pruning counts days, and marks cost writes. */
const DAY = 24 * 3600 * 1000;

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Writes a file whole or not at all: four requests at a time may keep the same body. */
async function writeWhole(file: string, data: string | Uint8Array): Promise<void> {
	await mkdir(dirname(file), { recursive: true });
	const part = `${file}.${randomBytes(6).toString('hex')}.part`;
	await writeFile(part, data);
	await rename(part, file);
}

async function readIfThere(file: string): Promise<Buffer | undefined> {
	try {
		return await readFile(file);
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw e;
	}
}

async function sizeIfThere(file: string): Promise<number | undefined> {
	try {
		return (await stat(file)).size;
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw e;
	}
}

export class BuildCache {
	/**
	 * @param folder where the cache lives
	 * @param key the digest of everything every response depends on: the code, site.json, the
	 *   site's address
	 * @param digests the articles' digests now
	 */
	constructor(
		readonly folder: string,
		readonly key: string,
		readonly digests: Digests
	) {}

	private recordFile(path: string): string {
		const name = sha256(`${this.key}\0${path}`);
		return join(this.folder, 'records', name.slice(0, 2), `${name}.json`);
	}

	private bodyFile(digest: string): string {
		return join(this.folder, 'bodies', digest.slice(0, 2), digest);
	}

	/** Whether what a response read is what the articles are now. */
	private current(read: ReadDigests): boolean {
		if (read.all !== undefined && read.all !== this.digests.all) return false;
		return Object.entries(read.articles).every(
			([slug, digest]) => (this.digests.articles.get(slug) ?? null) === digest
		);
	}

	/** The response kept for this path, if what it read is unchanged. */
	async lookup(path: string): Promise<Response | undefined> {
		const file = this.recordFile(path);
		const text = await readIfThere(file);
		if (!text) return undefined;
		const record = JSON.parse(text.toString('utf8')) as KeptRecord;
		if (record.path !== path || !this.current(record.read)) return undefined;
		const body = await readIfThere(this.bodyFile(record.body));
		if (!body || body.length !== record.size) return undefined;
		// What a build uses is kept from pruning (./folder.js).
		const now = new Date();
		if ((await stat(file)).mtimeMs < now.getTime() - DAY) await utimes(file, now, now);
		const bytes = new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength);
		return new Response(bytes, { status: record.status, headers: record.headers });
	}

	/** Keeps a response made now, with what it read. */
	async keep(path: string, response: Response, body: Uint8Array, reads: Reads): Promise<void> {
		const read: ReadDigests = {
			...(reads.all ? { all: this.digests.all } : {}),
			articles: Object.fromEntries(
				[...reads.slugs].sort().map((slug) => [slug, this.digests.articles.get(slug) ?? null])
			)
		};
		const digest = sha256(body);
		const bodyFile = this.bodyFile(digest);
		// A page made again because a list changed is often the same bytes as before.
		if ((await sizeIfThere(bodyFile)) !== body.length) await writeWhole(bodyFile, body);
		const record: KeptRecord = {
			path,
			status: response.status,
			headers: [...response.headers],
			body: digest,
			size: body.length,
			read
		};
		await writeWhole(this.recordFile(path), JSON.stringify(record));
	}
}
