// Which articles a page, feed or file was made from. The build cache (./handle.ts) keeps each
// response with the articles it read, and serves it again only while those articles are
// unchanged: a chart's files read their own article, a list page reads every article. The reads
// are told by the library's accessors (../library.ts), which are the only way in to the data.
import { AsyncLocalStorage } from 'node:async_hooks';

/** The articles one response read, by slug, or every article. */
export class Reads {
	all = false;
	readonly slugs = new Set<string>();

	add(other: Reads): void {
		this.all ||= other.all;
		for (const slug of other.slugs) this.slugs.add(slug);
	}
}

const current = new AsyncLocalStorage<Reads>();

/** Tells the response being made that it read this article (or looked for it, and found none). */
export function readArticle(slug: string): void {
	current.getStore()?.slugs.add(slug);
}

/** Tells the response being made that it read the whole list of articles. */
export function readAllArticles(): void {
	const reads = current.getStore();
	if (reads) reads.all = true;
}

/** Runs `make`, and tells what it read, whatever it awaits. */
export async function recordingReads<T>(
	make: () => Promise<T>
): Promise<{ value: T; reads: Reads }> {
	const reads = new Reads();
	const value = await current.run(reads, make);
	return { value, reads };
}

/**
 * A value worked out the first time it is asked for and kept for the build, whose reads count
 * for every response that asks for it: the second page that reads a kept list read the same
 * articles as the first, though it never called the library itself.
 */
export function once<T>(make: () => T): () => T {
	let made: { value: T; reads: Reads } | undefined;
	return () => {
		if (!made) {
			const reads = new Reads();
			made = { value: current.run(reads, make), reads };
		}
		current.getStore()?.add(made.reads);
		return made.value;
	};
}
