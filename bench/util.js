// What every page measurement shares: the browser, units and a timeout.

export const CHROMIUM = '/usr/bin/chromium';
export const KB = 1024;

/** @param {number} bytes */
export const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
/** @param {boolean} ok */
export const mark = (ok) => (ok ? '✓' : '✗ misses target');

/**
 * Rejects when `promise` has not settled within `ms`, so that nothing here can hang the bench.
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {string} what
 * @returns {Promise<T>}
 */
export function within(promise, ms, what) {
	/** @type {NodeJS.Timeout | undefined} */
	let timer;
	return Promise.race([
		promise,
		new Promise((_, reject) => {
			timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms / 1000} s`)), ms);
		})
	]).finally(() => clearTimeout(timer));
}
