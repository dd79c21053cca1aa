import { parseArgs } from 'node:util';

export interface ImportBenchOptions {
  /** Size of the large file per format; the small one is a quarter. */
  sizeMb: number;
  jsonPath?: string;
  /** Only these formats; all when empty. */
  formats: string[];
}

export const USAGE =
  'usage: npm run bench -- import [--size-mb N] [--json PATH] ' +
  '[--format F]...\n' +
  '  --size-mb N   large file per format, default 200 (small one: N/4)\n' +
  '  --json PATH   also write the results as JSON to PATH\n' +
  '  --format F    only this format (repeatable)';

/** Reads the part's options; throws with a usage message when wrong. */
export function readImportOptions(args: string[]): ImportBenchOptions {
  const { values } = parseArgs({
    args,
    options: {
      'size-mb': { type: 'string', default: '200' },
      json: { type: 'string' },
      format: { type: 'string', multiple: true },
    },
  });

  const sizeMb = Number(values['size-mb']);
  if (!Number.isFinite(sizeMb) || sizeMb < 1) {
    throw new Error('--size-mb must be a number of at least 1');
  }

  return { sizeMb, jsonPath: values.json, formats: values.format ?? [] };
}
