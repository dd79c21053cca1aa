// The import part of `npm run bench`: per importer format, generates a
// small and a large scan file, imports each in its own process and checks
// that peak memory stays flat as the file grows (issue 4).
import { rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { IMPORTERS } from '../../source/importers/registry.js';
import { checkFreeSpace } from './disk-space.js';
import { GENERATORS } from './generate/index.js';
import type { Generator } from './generate/types.js';
import { writeGeneratedFile } from './generate/write-file.js';
import { readImportOptions, USAGE } from './import-options.js';
import {
  type FileResult,
  type FormatResult,
  MAX_RSS_GROWTH,
  problemsOf,
} from './import-results.js';
import { importTable } from './import-table.js';
import { runImport } from './run-import.js';
import { temporaryFolder } from './temp-dir.js';

const MB = 1024 * 1024;

/** The store and SQLite's temporary copy can each be as big as the file. */
const DISK_PER_FILE_MB = 4;

let options: ReturnType<typeof readImportOptions>;
try {
  options = readImportOptions(process.argv.slice(2));
} catch (error) {
  const message = (error as Error).message;
  process.stderr.write(`bench import: ${message}\n${USAGE}\n`);
  process.exit(2);
}
const sizes = [Math.max(1, Math.round(options.sizeMb / 4)), options.sizeMb];

const dir = temporaryFolder('sectriage-bench-import-');
try {
  await checkFreeSpace(dir, options.sizeMb * DISK_PER_FILE_MB);
} catch (error) {
  process.stderr.write(`bench import: ${(error as Error).message}\n`);
  process.exit(1);
}

const chosen = IMPORTERS.filter(
  (importer) =>
    options.formats.length === 0 || options.formats.includes(importer.format),
);
say(
  `Import bench: ${chosen.length} formats at ${sizes.join(' and ')} MB ` +
    `in ${dir}`,
);
const results: FormatResult[] = [];
for (const importer of chosen) {
  const generator = GENERATORS.get(importer.format);
  if (!generator) {
    const problem = 'no generator in scripts/bench/generate/index.ts';
    say(`${importer.format}: ${problem}`);
    results.push({ format: importer.format, files: [], problems: [problem] });
    continue;
  }

  const files: FileResult[] = [];
  for (const sizeMb of sizes) {
    files.push(await benchFile(importer.format, generator, sizeMb));
  }
  results.push({ format: importer.format, files, ...problemsOf(files) });
}

const ok = results.every((result) => result.problems.length === 0);
say(`\n${importTable(results)}`);
say(
  ok
    ? `\nAll imports passed; peak RSS grew at most x${MAX_RSS_GROWTH}.`
    : '\nImport bench FAILED (see the problems above).',
);

if (options.jsonPath) {
  const report = {
    machine: { cpus: cpus().length, node: process.version },
    sizesMb: sizes,
    maxRssGrowth: MAX_RSS_GROWTH,
    ok,
    results,
  };
  writeFileSync(options.jsonPath, `${JSON.stringify(report, null, 2)}\n`);
}
process.exitCode = ok ? 0 : 1;

async function benchFile(
  format: string,
  generator: Generator,
  sizeMb: number,
): Promise<FileResult> {
  const file = join(dir, `${format}-${sizeMb}mb`);
  const store = join(dir, `${format}-${sizeMb}mb.db`);
  try {
    const generated = await writeGeneratedFile(file, generator, sizeMb * MB);
    const actualMb = generated.bytes / MB;
    process.stdout.write(`${format}: ${actualMb.toFixed(1)} MB generated, `);
    try {
      const measure = await runImport(file, store, dir);
      say(`imported in ${measure.seconds.toFixed(1)} s`);
      return {
        format,
        sizeMb: actualMb,
        expected: generated.findings,
        measure,
      };
    } catch (error) {
      say((error as Error).message);
      const message = (error as Error).message;
      return {
        format,
        sizeMb: actualMb,
        expected: generated.findings,
        error: message,
      };
    }
  } finally {
    for (const path of [file, store, `${store}-wal`, `${store}-shm`]) {
      rmSync(path, { force: true });
    }
  }
}

function say(text: string): void {
  process.stdout.write(`${text}\n`);
}
