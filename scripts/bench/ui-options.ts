import { parseArgs } from 'node:util';

export interface UiBenchOptions {
  findings: number;
  presses: number;
  fresh: boolean;
  jsonPath?: string;
  /** Where the app writes a V8 CPU profile (`node --cpu-prof`). */
  profileDir?: string;
}

export const USAGE =
  'usage: npm run bench -- ui [--findings N] [--presses N] [--fresh] ' +
  '[--json PATH] [--profile DIR]\n' +
  '  --findings N  findings in the generated store, default 1000000\n' +
  '  --presses N   timed presses of each key kind, default 60\n' +
  '  --fresh       generate the store again instead of the cached one\n' +
  '  --json PATH   also write the results as JSON to PATH\n' +
  '  --profile DIR the app writes a CPU profile into DIR (slower keys)';

/** Reads the part's options; throws with a usage message when wrong. */
export function readUiOptions(args: string[]): UiBenchOptions {
  const { values } = parseArgs({
    args,
    options: {
      findings: { type: 'string', default: '1000000' },
      presses: { type: 'string', default: '60' },
      fresh: { type: 'boolean', default: false },
      json: { type: 'string' },
      profile: { type: 'string' },
    },
  });

  const findings = Number(values.findings);
  const presses = Number(values.presses);
  if (!Number.isInteger(findings) || findings < 1000) {
    throw new Error('--findings must be a whole number of at least 1000');
  }
  if (!Number.isInteger(presses) || presses < 1) {
    throw new Error('--presses must be a whole number of at least 1');
  }

  return {
    findings,
    presses,
    fresh: values.fresh,
    jsonPath: values.json,
    profileDir: values.profile,
  };
}
