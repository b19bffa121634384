import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLORS } from './theme';

describe('chart colours on the site', () => {
	it('every colour the charts draw with has a themed rule in chart-colors.css', () => {
		const css = readFileSync('src/lib/chart-colors.css', 'utf8');
		for (const [name, hex] of Object.entries(COLORS)) {
			expect(css, `${name} (${hex})`).toContain(`[fill='${hex}']`);
		}
	});
});
