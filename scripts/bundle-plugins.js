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

const NEW_CACHES = 'caches = new OutputCaches();';

// Bounded: a cursor move redraws the previous frame's lines but one or
// two, and a few frames' lines cost little memory.
const SHARED_CACHES = `
function sharedOutputCaches() {
  if (
    sharedCaches === undefined ||
    sharedCaches.styledChars.size > 200 ||
    sharedCaches.widths.size > 5000
  ) {
    sharedCaches = new OutputCaches();
  }
  return sharedCaches;
}
let sharedCaches;
`;

/**
 * Ink (6.8) turns every line of every frame into styled characters again,
 * with caches that live for one frame only; most of a frame's CPU on a
 * cursor move. The caches are kept across frames instead. The build fails
 * if Ink's code no longer reads as expected.
 */
export const inkCachesAcrossFrames = {
  name: 'ink-caches-across-frames',
  setup(build) {
    build.onLoad(
      { filter: /[/\\]ink[/\\]build[/\\]output\.js$/ },
      async (args) => {
        const code = await readFile(args.path, 'utf8');
        if (code.split(NEW_CACHES).length !== 2) {
          throw new Error(`${args.path}: "${NEW_CACHES}" not found once`);
        }

        return {
          contents:
            code.replace(NEW_CACHES, 'caches = sharedOutputCaches();') +
            SHARED_CACHES,
          loader: 'js',
        };
      },
    );
  },
};
