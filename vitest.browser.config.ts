// Browser tests: real Chromium (Debian's, see scripts/ensure-tools.sh) driven by playwright-core
// against the prerendered build/ served by scripts/serve.js. Run `npm run build` first.
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/browser/**/*.test.ts'],
		environment: 'node',
		globalSetup: ['tests/browser/global-setup.ts'],
		testTimeout: 60_000,
		hookTimeout: 120_000,
		// Each file launches its own Chromium; one at a time keeps two cores from thrashing.
		fileParallelism: false
	}
});
