// The build: `vite build`, with derek's own option. `--strict` (or DEREK_STRICT=1) is the
// publishing build: it refuses a data folder holding drafts (vite.config.ts), since Vite's own
// command line refuses options it does not know.
//   npm run build [-- --strict] [vite build options]
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const env = { ...process.env, ...(strict ? { DEREK_STRICT: '1' } : {}) };
const vite = spawnSync(
	process.execPath,
	['node_modules/vite/bin/vite.js', 'build', ...args.filter((a) => a !== '--strict')],
	{ stdio: 'inherit', env }
);
process.exit(vite.status ?? 1);
