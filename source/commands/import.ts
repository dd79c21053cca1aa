import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { FINDING_STATUSES } from '../domain/status.js';
import {
  detectImporter,
  IMPORTERS,
  importerByFormat,
} from '../importers/registry.js';
import { type Importer, ScanFileError } from '../importers/types.js';
import { StoreError } from '../store/errors.js';
import type { Store } from '../store/store.js';
import type { ImportResult } from '../store/types.js';
import { plural } from '../text/plural.js';
import {
  CommandFailure,
  type CommandIo,
  safe,
  toJson,
  UsageError,
} from './io.js';

export interface ImportOptions {
  files: string[];
  workspace?: string;
  scan?: string;
  format?: string;
  time?: string;
  allowEmpty: boolean;
  json: boolean;
}

/**
 * Imports each file as a run of the scan, in the order given. Stops at the
 * first file that fails: later runs would otherwise be compared against
 * the wrong predecessor.
 */
export async function importCommand(
  store: Store,
  options: ImportOptions,
  io: CommandIo,
): Promise<number> {
  const { workspace, scan } = options;
  if (!workspace) throw new UsageError('import needs --workspace');
  if (!scan) throw new UsageError('import needs --scan');
  if (options.files.length === 0) throw new UsageError('import needs a FILE');
  const forced = options.format ? formatNamed(options.format) : undefined;
  const scanTime = options.time ? timeOf(options.time) : undefined;

  const results: (ImportResult & { file: string; format: string })[] = [];
  for (const file of options.files) {
    try {
      checkReadable(file);
      const importer = forced ?? (await detectImporter(file));
      const sha = await sha256(file);
      const result = await store.importRun(
        {
          workspace,
          scan,
          scanner: importer.scanner,
          format: importer.format,
          sourceFile: basename(file),
          sourceSha256: sha,
          scanTime,
          allowEmpty: options.allowEmpty,
        },
        (sink) => importer.parse({ path: file }, sink),
      );
      results.push({ ...result, file, format: importer.format });
      if (!result.alreadyImported) noteRepeat(store, result, sha, file, io);
      if (!options.json) io.out(describe(file, importer, result));
    } catch (error) {
      throw asFailure(file, error);
    }
  }

  if (options.json) io.out(toJson(results));
  return 0;
}

/**
 * Says so (on stderr) when a new run has the content of an older one: the
 * scan came back to that state, or the file was imported again by mistake.
 */
function noteRepeat(
  store: Store,
  result: ImportResult,
  sha: string,
  file: string,
  io: CommandIo,
): void {
  const same = store
    .runs(result.scanId)
    .find((run) => run.sourceSha256 === sha && run.id !== result.runId);
  if (same) {
    io.err(
      `sectriage: note: ${safe(file)} has the same content as run ` +
        `${same.id}, an older run of this scan; imported as run ` +
        `${result.runId}`,
    );
  }
}

function formatNamed(format: string): Importer {
  const importer = importerByFormat(format);
  if (!importer) {
    const known = IMPORTERS.map((candidate) => candidate.format).join(', ');
    throw new UsageError(`unknown format "${format}" (known: ${known})`);
  }
  return importer;
}

/** A day of clock skew is fine; later than that is surely a typo. */
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

function timeOf(text: string): Date {
  const time = new Date(text);
  if (Number.isNaN(time.getTime())) {
    throw new UsageError(`--time must be an ISO 8601 time, not "${text}"`);
  }
  // A run dated in the future would make every real run after it "older".
  if (time.getTime() > Date.now() + FUTURE_SLACK_MS) {
    throw new UsageError(`--time ${text} is in the future`);
  }
  return time;
}

function checkReadable(file: string): void {
  let isFile: boolean;
  try {
    isFile = statSync(file).isFile();
  } catch {
    throw new CommandFailure(`${safe(file)}: no such file`);
  }
  if (!isFile) throw new CommandFailure(`${safe(file)}: not a regular file`);
}

function sha256(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

function describe(
  file: string,
  importer: Importer,
  result: ImportResult,
): string {
  if (result.alreadyImported) {
    return (
      `${safe(file)}: already imported as run ${result.runId}; ` +
      'nothing changed'
    );
  }
  const counts = FINDING_STATUSES.filter(
    (status) => result.statusCounts[status] > 0,
  )
    .map((status) => `${status} ${result.statusCounts[status]}`)
    .join(', ');
  const moved = Object.entries(result.changedTo)
    .map(([status, count]) => `${count} ${status}`)
    .join(', ');

  return (
    `${safe(file)}: run ${result.runId} (${importer.format}), ` +
    `${plural(result.findingsRead, 'finding')} read; ` +
    `now ${counts || 'no findings'}` +
    (moved ? `; this run made ${moved}` : '; no status changed')
  );
}

function asFailure(file: string, error: unknown): Error {
  if (error instanceof CommandFailure || error instanceof UsageError) {
    return error;
  }
  if (error instanceof ScanFileError) {
    const where = error.location ? `${error.location}: ` : '';
    return new CommandFailure(`${safe(file)}: ${where}${safe(error.message)}`);
  }
  if (error instanceof StoreError) {
    return new CommandFailure(`${safe(file)}: ${safe(error.message)}`);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new CommandFailure(`${safe(file)}: ${safe(message)}`);
}
