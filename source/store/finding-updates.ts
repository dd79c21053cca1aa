import { severityRank } from '../domain/severity.js';
import type { Db } from './database.js';
import { StoreError } from './errors.js';
import type { FindingChanges } from './types.js';

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
    for (const id of new Set(ids)) {
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
