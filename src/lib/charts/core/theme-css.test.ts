import { describe, expect, it } from 'vitest';
import { colorRules, variantRules } from './theme-css';

// What the stylesheet does on a page is checked in Chromium (tests/browser/resize.test.ts and the
// contrast checks of a11y.test.ts); here, what the generator refuses to write.
describe('the generated chart stylesheet', () => {
	it('refuses two colours that files draw alike but the dark theme draws apart', () => {
		const paper = { light: '#ffffff', dark: '#000000' };
		const palette = {
			mark: { light: '#1f5d8c', dark: '#8cc4ee' },
			open: { light: '#1f5d8c', dark: '#ffffff' }
		};
		expect(() => colorRules(palette, paper)).toThrow(
			'theme.ts: mark and open are both #1f5d8c in files, but #8cc4ee and #ffffff in the dark theme'
		);
		expect(() => colorRules({ ...palette, open: palette.mark }, paper)).not.toThrow();
	});

	it('refuses widths so far apart that a copy would grow by more than MAX_SCALE', () => {
		expect(() => variantRules([360, 480, 640, 800])).not.toThrow();
		expect(() => variantRules([360, 640])).toThrow(/360 and 640/);
	});
});
