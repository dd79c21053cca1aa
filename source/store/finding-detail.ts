import { severityFromRank } from '../domain/severity.js';
import type { FindingStatus } from '../domain/status.js';
import type { Db } from './database.js';
import { listFindings } from './finding-queries.js';
import { issueSummary } from './issues.js';
import type { FindingDetail, FindingHistoryEntry } from './types.js';

interface HistoryRow extends Omit<FindingHistoryEntry, 'severity'> {
  severity: number;
}

/** A finding with its history, linked issues and previous-run text. */
export function findingDetail(db: Db, id: number): FindingDetail | undefined {
  const [finding] = listFindings(db, { ids: [id] });
  if (!finding) return undefined;

  const history = (
    db
      .prepare(
        `SELECT id, run_id AS runId, status, severity, finding, remark, user, at
         FROM finding_history WHERE finding_id = ? ORDER BY id`,
      )
      .all(id) as HistoryRow[]
  ).map((row) => ({
    ...row,
    status: row.status as FindingStatus,
    severity: severityFromRank(row.severity),
  }));

  // Its text in the latest earlier run it was seen in (it may have been
  // absent from the runs just before its last one).
  const previousText =
    (db
      .prepare(
        `SELECT finding FROM finding_history
         WHERE finding_id = ? AND run_id < ? ORDER BY run_id DESC, id DESC
         LIMIT 1`,
      )
      .pluck()
      .get(id, finding.runId) as string | undefined) ?? null;

  return {
    ...finding,
    history,
    previousText,
    linkedIssues: finding.issues.flatMap(
      (issueId) => issueSummary(db, issueId) ?? [],
    ),
  };
}
