// esbuild plugins of scripts/bundle.js: what the bundle changes in the
// packages it takes in, each for a measured reason (docs/bench-ui.md).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * Ink loads React's devtools only when DEV=true, but bundling hoists the
 * import to the top of the file: an empty module stands in for them.
 */
export const withoutDevtools = {
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

const CELL_WIDTH = fileURLToPath(
  new URL('../source/text/cell-width.ts', import.meta.url),
);

/**
 * Ink measures every line of every frame with string-width, which walks
 * text grapheme by grapheme unless it is pure ASCII; the screen's rows
 * hold `…`, `●`, CJK and colours. Ink's packages get the product's width
 * module (source/text/cell-width.ts) instead: fast paths for one-cell and
 * CJK text, string-width evaluated only on first need.
 */
export const oneCellWidthForInk = {
  name: 'cell-width-for-ink',
  setup(build) {
    build.onResolve({ filter: /^string-width$/ }, (args) =>
      args.importer.includes('node_modules') ? { path: CELL_WIDTH } : undefined,
    );
  },
};

const FRAME_OUTPUT = fileURLToPath(
  new URL('../source/ui/frame-output.ts', import.meta.url),
);

/**
 * Ink (6.8) cuts every line of every frame into styled characters and
 * joins them again: most of a frame's CPU when every row changes. Its
 * renderer gets source/ui/frame-output.ts, which keeps rows that a single
 * write covers as they are. The build fails if Ink's renderer no longer
 * imports its Output where this expects it.
 */
export const frameOutputForInk = {
  name: 'frame-output-for-ink',
  setup(build) {
    let replaced = false;
    build.onStart(() => {
      replaced = false;
    });
    build.onResolve({ filter: /^\.\/output\.js$/ }, (args) => {
      if (!/[/\\]ink[/\\]build[/\\]renderer\.js$/.test(args.importer)) {
        return undefined;
      }
      replaced = true;
      return { path: FRAME_OUTPUT };
    });
    build.onEnd((result) => {
      if (result.errors.length === 0 && !replaced) {
        throw new Error("Ink's renderer no longer imports ./output.js");
      }
    });
  },
};

const YOGA_FETCH_TEST = '"function"!=typeof fetch';

/**
 * Yoga's WebAssembly is inline base64, yet its loader reaches for `fetch`
 * whenever one exists, and Node's first `fetch` loads undici: ~45 ms of
 * the screen's start. Its tests for fetch are made false, so it decodes
 * the inline bytes, its path for runtimes without fetch.
 */
export const yogaWithoutFetch = {
  name: 'yoga-without-fetch',
  setup(build) {
    build.onLoad(
      { filter: /[/\\]yoga-layout[/\\]dist[/\\]binaries[/\\][^/\\]+\.js$/ },
      async (args) => {
        const code = await readFile(args.path, 'utf8');
        if (!code.includes(YOGA_FETCH_TEST)) {
          throw new Error(`${args.path}: "${YOGA_FETCH_TEST}" not found`);
        }

        return {
          contents: code.replaceAll(YOGA_FETCH_TEST, 'true'),
          loader: 'js',
        };
      },
    );
  },
};
