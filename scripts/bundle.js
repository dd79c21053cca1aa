// Bundles the CLI into one file: Node loads it far faster than hundreds
// of compiled modules, which is most of the triage screen's start-up.
import { build } from 'esbuild';

await build({
  entryPoints: ['source/cli.tsx'],
  outfile: 'dist/sectriage.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  jsx: 'automatic',
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
