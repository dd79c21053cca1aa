// Bundles the CLI into one file: Node loads it far faster than hundreds
// of compiled modules, which is most of the triage screen's start-up.
// `node scripts/bundle.js [OUTFILE]`; the end-to-end test and the bench
// bundle to a file of their own so they never depend on a stale dist/.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const outfile = process.argv[2] ?? 'dist/sectriage.js';

/**
 * Ink loads React's devtools only when DEV=true, but bundling hoists the
 * import to the top of the file: an empty module stands in for them.
 */
const withoutDevtools = {
  name: 'without-devtools',
  setup(build) {
    build.onResolve({ filter: /^react-devtools-core$/ }, () => ({
      path: 'react-devtools-core',
      namespace: 'without-devtools',
    }));
    build.onLoad({ filter: /.*/, namespace: 'without-devtools' }, () => ({
      contents: 'export default { connectToDevTools() {} };',
    }));
  },
};

const ONE_CELL_WIDTH = fileURLToPath(
  new URL('../source/text/one-cell.ts', import.meta.url),
);

/**
 * Ink measures every line of every frame with string-width, which walks
 * text grapheme by grapheme unless it is pure ASCII; the screen's rows
 * hold `…`, `●` and colours. Ink's packages get a string-width with a
 * fast path for one-cell text (source/text/one-cell.ts) instead.
 */
const oneCellWidthForInk = {
  name: 'one-cell-width-for-ink',
  setup(build) {
    build.onResolve({ filter: /^string-width$/ }, (args) =>
      args.importer.includes('node_modules')
        ? { path: ONE_CELL_WIDTH }
        : undefined,
    );
  },
};

await build({
  entryPoints: ['source/cli.tsx'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // React and Ink are bundled too: `define` below reaches only bundled
  // code, and an external React reads NODE_ENV at run time and runs its
  // development build, several times slower and bigger. Kept out: the
  // native SQLite module, and `open`, which finds its xdg-open script
  // beside its own file.
  external: ['better-sqlite3', 'open'],
  plugins: [withoutDevtools, oneCellWidthForInk],
  jsx: 'automatic',
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
