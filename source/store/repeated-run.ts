import type { Db } from './database.js';
import { countByStatus } from './finding-queries.js';
import type { ImportRequest, ImportResult } from './types.js';

/**
 * The run of the scan that this file already is: a run with the same
 * content that is the scan's latest, or one that also ran at the same
 * time (the same old run imported again). Importing it would change
 * nothing but the history, so it is not imported.
 *
 * The same content as an older run at a later time is not a repeat: the
 * scan has come back to an earlier state, and what reappeared is news.
 */
export function repeatedRun(
  db: Db,
  request: ImportRequest,
  scanTime: string | undefined,
): ImportResult | undefined {
  const run = db
    .prepare(
      `SELECT r.id, r.scan_id AS scanId, s.workspace_id AS workspaceId,
         r.scan_time AS scanTime, r.finding_count AS findingCount
       FROM run r
       JOIN scan s ON s.id = r.scan_id
       JOIN workspace w ON w.id = s.workspace_id
       WHERE w.name = @workspace AND s.name = @scan AND r.source_sha256 = @sha
         AND (r.scan_time = @time OR r.id = (
           SELECT l.id FROM run l WHERE l.scan_id = s.id
           ORDER BY l.scan_time DESC, l.id DESC LIMIT 1))
       ORDER BY r.id DESC LIMIT 1`,
    )
    .get({
      workspace: request.workspace,
      scan: request.scan,
      sha: request.sourceSha256,
      time: scanTime ?? null,
    }) as
    | {
        id: number;
        scanId: number;
        workspaceId: number;
        scanTime: string;
        findingCount: number;
      }
    | undefined;
  if (!run) return undefined;

  return {
    runId: run.id,
    workspaceId: run.workspaceId,
    scanId: run.scanId,
    scanTime: run.scanTime,
    findingsRead: run.findingCount,
    statusCounts: countByStatus(db, { scanId: run.scanId }),
    changedTo: {},
    alreadyImported: true,
  };
}
