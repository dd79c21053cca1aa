import type { FindingStatus } from '../domain/status.js';
import type { Db } from './database.js';

export interface DeltaContext {
  scanId: number;
  runId: number;
  /** The scan's run before this one, if any. */
  previousRunId: number | undefined;
  user: string;
  at: string;
}

type StatusCounts = Partial<Record<FindingStatus, number>>;

/**
 * Recomputes statuses after run R of scan S has been merged into `finding`
 * (present findings carry run_id = R). The rules are Seccubus's, numbered
 * as in the README's "Statuses between runs". Returns how many findings
 * each rule moved, by new status; writes the history of rule 1 (gone,
 * recorded against the last run the finding was seen in) and one entry per
 * present finding with the status it ends with.
 */
export function applyDelta(db: Db, context: DeltaContext): StatusCounts {
  const changed: StatusCounts = {};
  const add = (status: FindingStatus, count: number) => {
    if (count > 0) changed[status] = (changed[status] ?? 0) + count;
  };
  const params = {
    scan: context.scanId,
    run: context.runId,
    user: context.user,
    at: context.at,
  };

  // Rule 1: findings that were being tracked and are absent go gone.
  const goneWhere = `scan_id = @scan AND run_id <> @run
    AND status IN ('new', 'changed', 'open', 'no-issue')`;
  db.prepare(
    `INSERT INTO finding_history
       (finding_id, run_id, status, severity, finding, remark, user, at)
     SELECT id, run_id, 'gone', severity, finding, remark, @user, @at
     FROM finding WHERE ${goneWhere}`,
  ).run(params);
  add(
    'gone',
    db
      .prepare(`UPDATE finding SET status = 'gone' WHERE ${goneWhere}`)
      .run(params).changes,
  );

  // Rule 2: gone findings that are back take the status they had before.
  const revived = db
    .prepare(
      `SELECT f.id, coalesce((
         SELECT CASE h.status
           WHEN 'changed' THEN 'changed'
           WHEN 'masked' THEN 'masked'
           WHEN 'no-issue' THEN
             CASE WHEN f.finding IS (
               SELECT t.finding FROM finding_history t
               WHERE t.finding_id = f.id AND t.run_id = h.run_id
               ORDER BY t.id DESC LIMIT 1)
             THEN 'no-issue' ELSE 'changed' END
           ELSE 'new' END
         FROM finding_history h
         WHERE h.finding_id = f.id AND h.run_id <> @run
           AND h.status NOT IN ('gone', 'closed')
         ORDER BY h.id DESC LIMIT 1), 'new') AS status
       FROM finding f
       WHERE f.scan_id = @scan AND f.run_id = @run AND f.status = 'gone'`,
    )
    .all({ scan: context.scanId, run: context.runId }) as {
    id: number;
    status: FindingStatus;
  }[];
  const revive = db.prepare('UPDATE finding SET status = ? WHERE id = ?');
  for (const finding of revived) {
    revive.run(finding.status, finding.id);
    add(finding.status, 1);
  }

  // Rule 3: closed findings that are back are new again.
  add(
    'new',
    db
      .prepare(
        `UPDATE finding SET status = 'new'
         WHERE scan_id = @scan AND run_id = @run AND status = 'closed'`,
      )
      .run({ scan: context.scanId, run: context.runId }).changes,
  );

  // Rule 4: triaged findings whose text differs from the previous run.
  if (context.previousRunId !== undefined) {
    add(
      'changed',
      db
        .prepare(
          `UPDATE finding SET status = 'changed'
           WHERE scan_id = @scan AND run_id = @run
             AND status IN ('open', 'no-issue')
             AND finding <> (
               SELECT h.finding FROM finding_history h
               WHERE h.finding_id = finding.id AND h.run_id = @previous
               ORDER BY h.id DESC LIMIT 1)`,
        )
        .run({
          scan: context.scanId,
          run: context.runId,
          previous: context.previousRunId,
        }).changes,
    );
  }

  db.prepare(
    `INSERT INTO finding_history
       (finding_id, run_id, status, severity, finding, remark, user, at)
     SELECT id, run_id, status, severity, finding, remark, @user, @at
     FROM finding WHERE scan_id = @scan AND run_id = @run`,
  ).run(params);

  return changed;
}
