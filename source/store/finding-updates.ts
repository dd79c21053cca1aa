import { severityRank } from '../domain/severity.js';
import { plural } from '../text/plural.js';
import type { Db } from './database.js';
import { StoreError } from './errors.js';
import type { FindingChanges, FindingRestore, RestoreGuard } from './types.js';

/**
 * Applies an analyst's changes to findings in one transaction, writing a
 * history entry (against each finding's last-seen run) for every finding
 * that actually changed. Returns how many changed.
 */
export function updateFindings(
  db: Db,
  user: string,
  ids: readonly number[],
  changes: FindingChanges,
): number {
  return changeFindings(
    db,
    user,
    [...new Set(ids)].map((id) => ({ id, changes })),
  );
}

/**
 * Puts findings back as they were (undo), all in one transaction. With a
 * guard it refuses, changing nothing, when any of them no longer looks as
 * the action left it: its status or remark differ from `guard.after`
 * (another session, or an import's status rules), or a run imported after
 * `guard.runMark` gave it a new text or severity. Restoring would then
 * contradict what happened in between. The refusal counts those findings.
 */
export function restoreFindings(
  db: Db,
  user: string,
  states: readonly FindingRestore[],
  guard?: RestoreGuard,
): number {
  const restore = db.transaction(() => {
    if (guard) refuseIfChangedSince(db, states, guard);
    return changeFindings(
      db,
      user,
      states.map(({ id, ...changes }) => ({ id, changes })),
    );
  });

  return restore.immediate();
}

/** The newest run's id (0 before any import): a point to compare with. */
export function latestRunId(db: Db): number {
  return (db.prepare('SELECT max(id) FROM run').pluck().get() ?? 0) as number;
}

function refuseIfChangedSince(
  db: Db,
  states: readonly FindingRestore[],
  guard: RestoreGuard,
): void {
  // An import since writes history for every finding it saw; only a new
  // text or severity (or a new status, checked below) changed one.
  const current = db.prepare(
    `SELECT f.status, f.remark,
       EXISTS (SELECT 1 FROM run r WHERE r.scan_id = f.scan_id AND r.id > @mark)
       AND NOT coalesce((
         SELECT h.severity IS f.severity AND h.finding IS f.finding
         FROM finding_history h
         WHERE h.finding_id = f.id AND h.run_id <= @mark
         ORDER BY h.id DESC LIMIT 1), false) AS reread
     FROM finding f WHERE f.id = @id`,
  );
  const after = new Map(guard.after.map((state) => [state.id, state]));
  let changed = 0;
  for (const { id } of states) {
    const row = current.get({ mark: guard.runMark, id }) as
      | { status: string; remark: string; reread: number }
      | undefined;
    const expected = after.get(id);
    const same =
      row !== undefined &&
      row.reread === 0 &&
      (expected?.status === undefined || expected.status === row.status) &&
      (expected?.remark === undefined || expected.remark === row.remark);
    if (!same) changed += 1;
  }

  if (changed > 0) {
    throw new StoreError(
      `nothing undone: ${plural(changed, 'finding')} changed since ` +
        '(import or other session)',
    );
  }
}

function changeFindings(
  db: Db,
  user: string,
  entries: readonly { id: number; changes: FindingChanges }[],
): number {
  const select = db.prepare(
    'SELECT id, status, severity, remark FROM finding WHERE id = ?',
  );
  const update = db.prepare(
    `UPDATE finding SET status = @status, severity = @severity,
       remark = @remark WHERE id = @id`,
  );
  const record = db.prepare(
    `INSERT INTO finding_history
       (finding_id, run_id, status, severity, finding, remark, user, at)
     SELECT id, run_id, status, severity, finding, remark, @user, @at
     FROM finding WHERE id = @id`,
  );
  const at = new Date().toISOString();

  const apply = db.transaction(() => {
    let changed = 0;
    for (const { id, changes } of entries) {
      const before = select.get(id) as
        | { id: number; status: string; severity: number; remark: string }
        | undefined;
      if (!before) throw new StoreError(`no finding ${id}`);

      const after = {
        id,
        status: changes.status ?? before.status,
        severity:
          changes.severity === undefined
            ? before.severity
            : severityRank(changes.severity),
        remark: nextRemark(before.remark, changes),
      };
      const same =
        after.status === before.status &&
        after.severity === before.severity &&
        after.remark === before.remark;
      if (same) continue;

      update.run(after);
      record.run({ id, user, at });
      changed += 1;
    }
    return changed;
  });

  return apply.immediate();
}

function nextRemark(remark: string, changes: FindingChanges): string {
  if (changes.remark === undefined) return remark;
  if (!changes.appendRemark || remark === '') return changes.remark;

  return `${remark}\n${changes.remark}`;
}
