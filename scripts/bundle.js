// Bundles the CLI for a fast start: Node loads a few files far faster than
// hundreds of modules. Code splitting keeps Ink and React in a chunk that
// only the triage screen loads, so plain commands never pay for them.
// `node scripts/bundle.js [OUTFILE]`: the end-to-end test and the bench
// bundle to a folder of their own so they never depend on a stale dist/.
import { rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { build } from 'esbuild';
import {
  frameOutputForInk,
  oneCellWidthForInk,
  withoutDevtools,
  yogaWithoutFetch,
} from './bundle-plugins.js';

const outfile = process.argv[2] ?? 'dist/sectriage.js';

// Chunk names carry a hash: without this, every build left the previous
// build's chunks behind.
rmSync(join(dirname(outfile), 'chunks'), { recursive: true, force: true });

await build({
  entryPoints: { [basename(outfile, '.js')]: 'source/cli.tsx' },
  outdir: dirname(outfile),
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // React and Ink are bundled too: `define` below reaches only bundled
  // code, and an external React reads NODE_ENV at run time and runs its
  // development build, several times slower and bigger. Kept out: the
  // native SQLite module, and `open`, which finds its xdg-open script
  // beside its own file.
  external: ['better-sqlite3', 'open'],
  plugins: [
    withoutDevtools,
    oneCellWidthForInk,
    frameOutputForInk,
    yogaWithoutFetch,
  ],
  jsx: 'automatic',
  // Less for V8 to parse at start (~25 ms of the screen's first frame);
  // names are kept, so stack traces in the debug log stay readable.
  minifyWhitespace: true,
  minifySyntax: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  // Bundled CommonJS packages (React) call require for Node's modules.
  banner: {
    js: [
      '#!/usr/bin/env node',
      "import { createRequire as __sectriageRequire } from 'node:module';",
      'const require = __sectriageRequire(import.meta.url);',
    ].join('\n'),
  },
  logLevel: 'warning',
});
