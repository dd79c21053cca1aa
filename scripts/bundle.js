// Bundles the CLI into one file: Node loads it far faster than hundreds
// of compiled modules, which is most of the triage screen's start-up.
// `node scripts/bundle.js [OUTFILE]`; the end-to-end test and the bench
// bundle to a file of their own so they never depend on a stale dist/.
import { build } from 'esbuild';

const outfile = process.argv[2] ?? 'dist/sectriage.js';

await build({
  entryPoints: ['source/cli.tsx'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  jsx: 'automatic',
  // React's development build is several times slower to render.
  define: { 'process.env.NODE_ENV': '"production"' },
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
