import type { KkCase } from './lexicon';

// The last ending of a Kazakh phrase, on the numeral, the hyphen ("60-тан") or the unit word
// ("пайыздан", "долларға", "долларына"), tells a bound from a change: "60-тан көп" is more than
// sixty, "14 пайызға көп" is fourteen percent more.
export function kkCase(ending: string): KkCase {
	if (/(?:[дтн][аеә]н|[дтн]ен)$/u.test(ending)) return 'ablative';
	if (/(?:[ғгқк][аеә]|^[аеә]|[ыі]?н[аеә])$/u.test(ending)) return 'dative';
	return 'other';
}
