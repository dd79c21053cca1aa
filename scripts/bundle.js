// Bundles the CLI for a fast start: Node loads a few files far faster than
// hundreds of modules. Code splitting keeps Ink and React in a chunk that
// only the triage screen loads, so plain commands never pay for them.
import { build } from 'esbuild';

await build({
  entryPoints: { sectriage: 'source/cli.tsx' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // A native addon cannot be bundled; everything else is.
  // (Ink loads react-devtools-core only when DEV=true; it is not installed.)
  external: ['better-sqlite3', 'react-devtools-core'],
  jsx: 'automatic',
  // React's development build is several times slower to render.
  define: { 'process.env.NODE_ENV': '"production"' },
  banner: {
    js: [
      '#!/usr/bin/env node',
      // Bundled CommonJS dependencies call require(); give them one.
      "import { createRequire as __createRequire } from 'node:module';",
      'const require = __createRequire(import.meta.url);',
    ].join('\n'),
  },
  logLevel: 'warning',
});
