// One GET of the crawl: redirects followed by hand (each hop recorded), never off the site.
import type { Fetched } from './types';

/** Fetches `url`, following at most 5 redirects within `origin`. Never throws. */
export async function fetchFollowing(
	url: string,
	origin: string,
	timeout: number
): Promise<Fetched> {
	const hops: Fetched['hops'] = [];
	let current = url;
	const fail = (error: string): Fetched => ({
		url,
		hops,
		status: 0,
		finalURL: current,
		contentType: '',
		body: Buffer.alloc(0),
		error
	});
	for (let hop = 0; hop < 6; hop++) {
		let response: Response;
		try {
			response = await fetch(current, { redirect: 'manual', signal: AbortSignal.timeout(timeout) });
		} catch (error) {
			return fail(`request failed: ${(error as Error).message}`);
		}
		hops.push({ url: current, status: response.status });
		const location = response.headers.get('location');
		if (response.status >= 300 && response.status < 400 && location) {
			await response.arrayBuffer().catch(() => undefined);
			const next = new URL(location, current);
			if (next.origin !== origin) return fail(`redirects off the site, to ${next.href}`);
			current = next.href;
			continue;
		}
		let body: Buffer;
		try {
			body = Buffer.from(await response.arrayBuffer());
		} catch (error) {
			// A body cut off (or too slow) is a failed request of this URL, not of the whole crawl.
			return fail(`reading the answer failed: ${(error as Error).message}`);
		}
		return {
			url,
			hops,
			status: response.status,
			finalURL: current,
			contentType: response.headers.get('content-type') ?? '',
			body
		};
	}
	return fail('more than 5 redirects');
}
