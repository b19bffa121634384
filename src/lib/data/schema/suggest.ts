/** The name among `names` that `key` most likely misspells, if one is close enough. */
export function suggest(key: string, names: readonly string[]): string | undefined {
	const lower = key.toLowerCase();
	let best: { name: string; distance: number } | undefined;
	for (const name of names) {
		const distance = name.toLowerCase() === lower ? 0 : editDistance(lower, name.toLowerCase());
		if (!best || distance < best.distance) best = { name, distance };
	}
	// Two edits turn most words into most short words: beyond a third of the name, a guess misleads.
	return best && best.distance <= Math.max(1, Math.min(2, Math.floor(best.name.length / 3)))
		? best.name
		: undefined;
}

/** Levenshtein distance, counting a swap of two neighbouring letters as one edit. */
function editDistance(a: string, b: string): number {
	const d = Array.from({ length: a.length + 1 }, (_, i) =>
		Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
	);
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				best = Math.min(best, d[i - 2]![j - 2]! + 1);
			}
			d[i]![j] = best;
		}
	}
	return d[a.length]![b.length]!;
}
