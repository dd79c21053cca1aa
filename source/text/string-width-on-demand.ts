import { createRequire } from 'node:module';
import type measure from 'string-width';

let loaded: typeof measure | undefined;

/**
 * string-width, loaded on its first call: evaluating it builds an
 * Intl.Segmenter and emoji regexes, ~60 ms of start-up that text of
 * one-cell and CJK characters never needs.
 */
export function stringWidth(...args: Parameters<typeof measure>): number {
  loaded ??= load();
  return loaded(...args);
}

/** Whether string-width is loaded yet; for the tests. */
export function stringWidthLoaded(): boolean {
  return loaded !== undefined;
}

function load(): typeof measure {
  // esbuild bundles a bare require() of an ES module and evaluates the
  // module only when it is called. Node's ES modules have no require: there
  // createRequire loads it (an ES module: Node >= 20.19).
  const module: { default: typeof measure } =
    typeof require === 'function'
      ? require('string-width')
      : createRequire(import.meta.url)('string-width');
  return module.default;
}
