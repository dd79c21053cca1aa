import { severityRank } from '../domain/severity.js';
import type { FindingSink, ScanFinding } from '../importers/types.js';
import { ensureScan, ensureWorkspace } from './catalog.js';
import type { Db } from './database.js';
import { applyDelta } from './delta.js';
import { EmptyImportError, StoreError } from './errors.js';
import { countByStatus } from './finding-queries.js';
import { repeatedRun } from './repeated-run.js';
import type { ImportRequest, ImportResult } from './types.js';

/**
 * Imports one run. Findings are first staged in a temporary table, which
 * locks nothing, so other sessions keep working while a large file is
 * read; then one write transaction merges them and applies the delta
 * rules. Any error leaves the store exactly as it was.
 */
export async function importRun(
  db: Db,
  user: string,
  request: ImportRequest,
  read: (sink: FindingSink) => Promise<void>,
): Promise<ImportResult> {
  // Bigger page caches cut a large import's time by a quarter; the screen
  // and other commands keep SQLite's small default to stay light.
  const cacheSizes = ['cache_size', 'temp.cache_size'].map((name) => ({
    name,
    before: db.pragma(name, { simple: true }) as number,
  }));
  for (const { name } of cacheSizes) db.pragma(`${name} = ${IMPORT_CACHE}`);

  try {
    return await stageAndMerge(db, user, request, read);
  } finally {
    for (const { name, before } of cacheSizes) {
      db.pragma(`${name} = ${before}`);
    }
  }
}

/** SQLite page cache while importing: 32 MiB (negative means KiB). */
const IMPORT_CACHE = -32768;

async function stageAndMerge(
  db: Db,
  user: string,
  request: ImportRequest,
  read: (sink: FindingSink) => Promise<void>,
): Promise<ImportResult> {
  // Checked before reading the file too: a repeat need not be parsed.
  const repeat = repeatedRun(db, request, request.scanTime?.toISOString());
  if (repeat) return repeat;

  const { findingsRead, fileScanTime } = await stage(db, read);
  try {
    if (findingsRead === 0 && !request.allowEmpty) {
      throw new EmptyImportError(request.scan);
    }

    const scanTime = (
      request.scanTime ??
      fileScanTime ??
      new Date()
    ).toISOString();
    const merge = db.transaction(() =>
      mergeRun(db, user, request, scanTime, findingsRead),
    );
    return merge.immediate();
  } finally {
    db.exec('DELETE FROM temp.incoming');
  }
}

async function stage(
  db: Db,
  read: (sink: FindingSink) => Promise<void>,
): Promise<{ findingsRead: number; fileScanTime: Date | undefined }> {
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS incoming (
    host TEXT NOT NULL, port TEXT NOT NULL, plugin TEXT NOT NULL,
    hostname TEXT NOT NULL, severity INTEGER NOT NULL, finding TEXT NOT NULL,
    PRIMARY KEY (host, port, plugin)) WITHOUT ROWID`);
  db.exec('DELETE FROM temp.incoming');

  // Duplicates within one file are merged: text appended, worst severity.
  const insert = db.prepare(
    `INSERT INTO temp.incoming VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT DO UPDATE SET
       finding = finding || char(10) || char(10) || excluded.finding,
       severity = max(severity, excluded.severity),
       hostname = CASE WHEN hostname = '' THEN excluded.hostname
                  ELSE hostname END`,
  );
  let fileScanTime: Date | undefined;
  const sink: FindingSink = {
    setScanTime(time) {
      if (!Number.isNaN(time.getTime())) fileScanTime = time;
    },
    add(finding) {
      const checked = checkFinding(finding);
      insert.run(
        checked.host,
        checked.port,
        checked.plugin,
        checked.hostname ?? '',
        severityRank(checked.severity),
        checked.text,
      );
    },
  };

  db.exec('BEGIN');
  try {
    await read(sink);
    db.exec('COMMIT');
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }

  const findingsRead = db
    .prepare('SELECT count(*) FROM temp.incoming')
    .pluck()
    .get() as number;
  return { findingsRead, fileScanTime };
}

function checkFinding(finding: ScanFinding): ScanFinding {
  const missing = (['host', 'port', 'plugin'] as const).find(
    (field) => typeof finding[field] !== 'string' || !finding[field].trim(),
  );
  if (missing) {
    throw new StoreError(`a finding without ${missing} was read`);
  }

  return {
    ...finding,
    host: finding.host.trim(),
    port: finding.port.trim(),
    plugin: finding.plugin.trim(),
    hostname: finding.hostname?.trim() ?? '',
  };
}

function mergeRun(
  db: Db,
  user: string,
  request: ImportRequest,
  scanTime: string,
  findingsRead: number,
): ImportResult {
  const repeat = repeatedRun(db, request, scanTime);
  if (repeat) return repeat;

  const at = new Date().toISOString();
  const workspaceId = ensureWorkspace(db, request.workspace, at);
  const scanId = ensureScan(db, workspaceId, request.scan, request.scanner);
  refuseMismatch(db, scanId, request, scanTime);
  const previousRunId = db
    .prepare('SELECT max(id) FROM run WHERE scan_id = ?')
    .pluck()
    .get(scanId) as number | null;

  const runId = Number(
    db
      .prepare(
        `INSERT INTO run (scan_id, scan_time, imported_at, source_file,
           source_sha256, format, finding_count)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        scanId,
        scanTime,
        at,
        request.sourceFile,
        request.sourceSha256,
        request.format,
        findingsRead,
      ).lastInsertRowid,
  );

  const newCount = db
    .prepare(
      `SELECT count(*) FROM temp.incoming i WHERE NOT EXISTS (
         SELECT 1 FROM finding f WHERE f.workspace_id = @workspace
           AND f.scan_id = @scan AND f.host = i.host AND f.port = i.port
           AND f.plugin = i.plugin)`,
    )
    .pluck()
    .get({ workspace: workspaceId, scan: scanId }) as number;

  db.prepare(
    `INSERT INTO finding (workspace_id, scan_id, host, hostname, port, plugin,
       finding, severity, status, run_id)
     SELECT @workspace, @scan, host, hostname, port, plugin, finding,
       severity, 'new', @run
     FROM temp.incoming WHERE true
     ON CONFLICT (workspace_id, scan_id, host, port, plugin) DO UPDATE SET
       finding = excluded.finding,
       severity = excluded.severity,
       hostname = CASE WHEN excluded.hostname = '' THEN finding.hostname
                  ELSE excluded.hostname END,
       run_id = excluded.run_id`,
  ).run({ workspace: workspaceId, scan: scanId, run: runId });

  const changedTo = applyDelta(db, {
    scanId,
    runId,
    previousRunId: previousRunId ?? undefined,
    user,
    at,
  });
  if (newCount > 0) changedTo.new = (changedTo.new ?? 0) + newCount;

  return {
    runId,
    workspaceId,
    scanId,
    scanTime,
    findingsRead,
    statusCounts: countByStatus(db, { scanId }),
    changedTo,
    alreadyImported: false,
  };
}

/**
 * A scan is one scanner's repeated scan, in time order: a file of another
 * scanner, or older than the scan's latest run, would mark its findings
 * gone for no reason.
 */
function refuseMismatch(
  db: Db,
  scanId: number,
  request: ImportRequest,
  scanTime: string,
): void {
  const scan = db
    .prepare(
      `SELECT s.scanner, (SELECT max(r.scan_time) FROM run r
         WHERE r.scan_id = s.id) AS latest
       FROM scan s WHERE s.id = ?`,
    )
    .get(scanId) as { scanner: string; latest: string | null };

  if (scan.scanner !== request.scanner) {
    throw new StoreError(
      `scan "${request.scan}" holds ${scan.scanner} runs and this file ` +
        `is ${request.scanner} output; import it into a scan of its own`,
    );
  }
  if (scan.latest !== null && scanTime < scan.latest) {
    throw new StoreError(
      `this run (${scanTime}) is older than the scan's latest run ` +
        `(${scan.latest}); import runs in the order they ran`,
    );
  }
}
