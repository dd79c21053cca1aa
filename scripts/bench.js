// Runs the benchmark parts: `node scripts/bench.js [part...] [options]`.
// Each part is TypeScript under scripts/bench/, bundled with esbuild and
// run in its own Node process, so one part's memory never skews another's.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

/** Each part's entry points; the first is the one that runs. */
const PARTS = {
  import: ['scripts/bench/import.ts', 'scripts/bench/import-child.ts'],
  ui: ['scripts/bench/ui.ts'],
};

const OUT_DIR = '.bench';

/** Exit code of a part stopped by Ctrl-C: run no further parts. */
const INTERRUPTED = 130;

const { parts, options, jsonPath } = readArguments(process.argv.slice(2));

await build({
  entryPoints: parts.flatMap((part) => PARTS[part]),
  outdir: OUT_DIR,
  outbase: 'scripts/bench',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  jsx: 'automatic',
  logLevel: 'warning',
});

// Ctrl-C reaches every process of the terminal's group: the part cleans up
// after itself, and this process waits for it instead of dying first.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {});
}

const resultsDir = mkdtempSync(join(tmpdir(), 'sectriage-bench-results-'));
const results = {};
let failed = false;
try {
  for (const part of parts) {
    const partJson = join(resultsDir, `${part}.json`);
    const code = await runPart(part, [...options, '--json', partJson]);
    if (code !== 0) failed = true;
    results[part] = readJson(partJson);
    if (code === INTERRUPTED) break;
  }

  if (jsonPath)
    writeFileSync(jsonPath, `${JSON.stringify(results, null, 2)}\n`);
} finally {
  rmSync(resultsDir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;

function readArguments(args) {
  const names = [];
  while (args.length > 0 && !args[0].startsWith('-')) names.push(args.shift());
  const unknown = names.filter((name) => !(name in PARTS));
  if (unknown.length > 0) {
    process.stderr.write(
      `bench: unknown part ${unknown.join(', ')} ` +
        `(known: ${Object.keys(PARTS).join(', ')})\n`,
    );
    process.exit(2);
  }

  const jsonAt = args.indexOf('--json');
  const jsonPath = jsonAt === -1 ? undefined : args[jsonAt + 1];
  if (jsonAt !== -1) args.splice(jsonAt, 2);
  if (jsonAt !== -1 && !jsonPath) {
    process.stderr.write('bench: --json needs a file name\n');
    process.exit(2);
  }

  const parts = names.length > 0 ? names : Object.keys(PARTS);
  return { parts, options: args, jsonPath };
}

function runPart(part, args) {
  const entry = join(OUT_DIR, `${part}.js`);
  return new Promise((resolve) => {
    spawn(process.execPath, [entry, ...args], { stdio: 'inherit' })
      .on('error', (error) => {
        process.stderr.write(`bench: ${part}: ${error.message}\n`);
        resolve(1);
      })
      .on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}
