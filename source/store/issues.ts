import {
  CONTROL_CHARACTERS,
  INVISIBLE_FORMATTING,
} from '../domain/invisible.js';
import { severityFromRank, severityRank } from '../domain/severity.js';
import type { IssueStatus } from '../domain/status.js';
import { ensureWorkspace } from './catalog.js';
import type { Db } from './database.js';
import { StoreError } from './errors.js';
import { listFindings } from './finding-queries.js';
import type {
  IssueChanges,
  IssueDetail,
  IssueHistoryEntry,
  IssueSummary,
  NewIssue,
} from './types.js';

const ISSUE_COLUMNS = `
  i.id, i.workspace_id, w.name AS workspace, i.name, i.ext_ref,
  i.description, i.severity, i.status,
  (SELECT count(*) FROM issue_finding l WHERE l.issue_id = i.id)
    AS linked_count,
  (SELECT count(*) FROM issue_finding l JOIN finding f ON f.id = l.finding_id
   WHERE l.issue_id = i.id AND f.status NOT IN ('gone', 'closed'))
    AS present_count`;

interface IssueRow {
  id: number;
  workspace_id: number;
  workspace: string;
  name: string;
  ext_ref: string;
  description: string;
  severity: number;
  status: IssueStatus;
  linked_count: number;
  present_count: number;
}

function toIssue(row: IssueRow): IssueSummary {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    workspace: row.workspace,
    name: row.name,
    extRef: row.ext_ref,
    description: row.description,
    severity: severityFromRank(row.severity),
    status: row.status,
    linkedCount: row.linked_count,
    presentCount: row.present_count,
  };
}

export function listIssues(
  db: Db,
  filter: { workspaceId?: number; status?: IssueStatus[]; text?: string } = {},
): IssueSummary[] {
  const clauses = ['1'];
  const params: Record<string, string | number> = {};
  if (filter.workspaceId !== undefined) {
    clauses.push('i.workspace_id = @workspace');
    params.workspace = filter.workspaceId;
  }
  if (filter.status && filter.status.length > 0) {
    const names = filter.status.map((status, index) => {
      params[`status${index}`] = status;
      return `@status${index}`;
    });
    clauses.push(`i.status IN (${names.join(', ')})`);
  }
  if (filter.text) {
    clauses.push("instr(lower(i.name || ' ' || i.ext_ref), lower(@text)) > 0");
    params.text = filter.text;
  }

  const rows = db
    .prepare(
      `SELECT ${ISSUE_COLUMNS} FROM issue i
       JOIN workspace w ON w.id = i.workspace_id
       WHERE ${clauses.join(' AND ')} ORDER BY i.id`,
    )
    .all(params) as IssueRow[];

  return rows.map(toIssue);
}

export function issueSummary(db: Db, id: number): IssueSummary | undefined {
  const row = db
    .prepare(
      `SELECT ${ISSUE_COLUMNS} FROM issue i
       JOIN workspace w ON w.id = i.workspace_id WHERE i.id = ?`,
    )
    .get(id) as IssueRow | undefined;

  return row && toIssue(row);
}

export function issueDetail(db: Db, id: number): IssueDetail | undefined {
  const summary = issueSummary(db, id);
  if (!summary) return undefined;

  const history = db
    .prepare(
      `SELECT at, user, action, detail FROM issue_history
       WHERE issue_id = ? ORDER BY id`,
    )
    .all(id) as IssueHistoryEntry[];

  return {
    ...summary,
    findings: listFindings(db, { issueId: [id] }),
    history,
  };
}

export function issuesByRef(
  db: Db,
  extRef: string,
  workspaceId?: number,
): IssueSummary[] {
  const ids = db
    .prepare(
      `SELECT id FROM issue WHERE ext_ref = @ref COLLATE NOCASE
       AND (@workspace IS NULL OR workspace_id = @workspace) ORDER BY id`,
    )
    .pluck()
    .all({ ref: extRef, workspace: workspaceId ?? null }) as number[];

  return ids.flatMap((id) => issueSummary(db, id) ?? []);
}

export function createIssue(
  db: Db,
  user: string,
  issue: NewIssue,
  findingIds: readonly number[] = [],
): number {
  const name = issue.name.trim();
  if (!name) throw new StoreError('an issue needs a name');

  const create = db.transaction(() => {
    const at = new Date().toISOString();
    const workspaceId = ensureWorkspace(db, issue.workspace, at);
    checkExtRef(db, workspaceId, issue.extRef?.trim() ?? '');
    const id = Number(
      db
        .prepare(
          `INSERT INTO issue (workspace_id, name, ext_ref, description,
             severity, status, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          workspaceId,
          name,
          issue.extRef?.trim() ?? '',
          issue.description ?? '',
          severityRank(issue.severity ?? 'medium'),
          issue.status ?? 'open',
          at,
          at,
        ).lastInsertRowid,
    );
    recordIssue(db, id, 'created', name, null, user, at);
    linkFindings(db, user, id, findingIds);
    return id;
  });

  return create.immediate();
}

export function updateIssue(
  db: Db,
  user: string,
  id: number,
  changes: IssueChanges,
): void {
  const update = db.transaction(() => {
    const before = issueSummary(db, id);
    if (!before) throw new StoreError(`no issue ${id}`);

    const after = {
      name: changes.name?.trim() ?? before.name,
      extRef: changes.extRef?.trim() ?? before.extRef,
      description: changes.description ?? before.description,
      severity: changes.severity ?? before.severity,
      status: changes.status ?? before.status,
    };
    if (!after.name) throw new StoreError('an issue needs a name');
    if (after.extRef !== before.extRef) {
      checkExtRef(db, before.workspaceId, after.extRef);
    }

    const differences = (Object.keys(after) as (keyof typeof after)[])
      .filter((field) => after[field] !== before[field])
      .map((field) => `${field}: ${before[field]} -> ${after[field]}`);
    if (differences.length === 0) return;

    const at = new Date().toISOString();
    db.prepare(
      `UPDATE issue SET name = ?, ext_ref = ?, description = ?, severity = ?,
         status = ?, updated_at = ? WHERE id = ?`,
    ).run(
      after.name,
      after.extRef,
      after.description,
      severityRank(after.severity),
      after.status,
      at,
      id,
    );
    recordIssue(db, id, 'updated', differences.join('; '), null, user, at);
  });

  update.immediate();
}

/**
 * Deletes an issue unchanged since it was created with exactly
 * `findingIds` linked: the undo of its creation. Links made and undone
 * since do not count; an edit, or links that differ, make it refuse,
 * changing nothing, so no one else's work on it is lost.
 */
export function withdrawIssue(
  db: Db,
  id: number,
  findingIds: readonly number[],
): void {
  const withdraw = db.transaction(() => {
    const exists = db.prepare('SELECT 1 FROM issue WHERE id = ?').get(id);
    if (!exists) throw new StoreError(`no issue ${id}`);

    const edited = db
      .prepare(
        `SELECT 1 FROM issue_history WHERE issue_id = ?
         AND action = 'updated' LIMIT 1`,
      )
      .get(id);
    const linked = db
      .prepare('SELECT finding_id FROM issue_finding WHERE issue_id = ?')
      .pluck()
      .all(id) as number[];
    const expected = new Set(findingIds);
    const relinked =
      linked.length !== expected.size ||
      linked.some((findingId) => !expected.has(findingId));
    if (edited || relinked) {
      throw new StoreError(
        `issue ${id} was kept: it has changed since it was created`,
      );
    }

    db.prepare('DELETE FROM issue WHERE id = ?').run(id);
  });

  withdraw.immediate();
}

/** Links findings to an issue; returns how many were not linked before. */
export function linkFindings(
  db: Db,
  user: string,
  issueId: number,
  findingIds: readonly number[],
): number {
  return changeLinks(db, user, issueId, findingIds, 'linked');
}

export function unlinkFindings(
  db: Db,
  user: string,
  issueId: number,
  findingIds: readonly number[],
): number {
  return changeLinks(db, user, issueId, findingIds, 'unlinked');
}

function changeLinks(
  db: Db,
  user: string,
  issueId: number,
  findingIds: readonly number[],
  action: 'linked' | 'unlinked',
): number {
  const apply = db.transaction(() => {
    const issue = db
      .prepare('SELECT workspace_id FROM issue WHERE id = ?')
      .pluck()
      .get(issueId) as number | undefined;
    if (issue === undefined) throw new StoreError(`no issue ${issueId}`);

    const workspaceOf = db
      .prepare('SELECT workspace_id FROM finding WHERE id = ?')
      .pluck();
    const change = db.prepare(
      action === 'linked'
        ? `INSERT INTO issue_finding (issue_id, finding_id) VALUES (?, ?)
           ON CONFLICT DO NOTHING`
        : 'DELETE FROM issue_finding WHERE issue_id = ? AND finding_id = ?',
    );
    const at = new Date().toISOString();
    let count = 0;

    for (const findingId of new Set(findingIds)) {
      const workspace = workspaceOf.get(findingId) as number | undefined;
      if (workspace === undefined) {
        throw new StoreError(`no finding ${findingId}`);
      }
      if (workspace !== issue) {
        throw new StoreError(
          `finding ${findingId} is in another workspace than issue ${issueId}`,
        );
      }
      if (change.run(issueId, findingId).changes === 0) continue;

      recordIssue(
        db,
        issueId,
        action,
        `finding ${findingId}`,
        findingId,
        user,
        at,
      );
      count += 1;
    }
    return count;
  });

  return apply.immediate();
}

// Control characters and invisible formatting (bidi, zero-width) would
// make a reference look like another one and go into ticket URLs.
const UNPRINTABLE = new RegExp(
  `[${CONTROL_CHARACTERS}${INVISIBLE_FORMATTING}\\u200c\\u200d]`,
);

/**
 * One external reference names one issue per workspace, whatever its case
 * (ticket keys such as DEMO-1 are case-insensitive).
 */
function checkExtRef(db: Db, workspaceId: number, extRef: string): void {
  if (extRef === '') return;
  if (UNPRINTABLE.test(extRef)) {
    throw new StoreError(
      'an external reference cannot hold control or formatting characters',
    );
  }

  const taken = db
    .prepare(
      `SELECT i.id, w.name FROM issue i
       JOIN workspace w ON w.id = i.workspace_id
       WHERE i.workspace_id = ? AND i.ext_ref = ? COLLATE NOCASE`,
    )
    .get(workspaceId, extRef) as { id: number; name: string } | undefined;
  if (taken) {
    throw new StoreError(
      `${extRef} is already the reference of issue ${taken.id} in ` +
        `workspace "${taken.name}"`,
    );
  }
}

function recordIssue(
  db: Db,
  issueId: number,
  action: string,
  detail: string,
  findingId: number | null,
  user: string,
  at: string,
): void {
  db.prepare(
    `INSERT INTO issue_history (issue_id, action, detail, finding_id, user, at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(issueId, action, detail, findingId, user, at);
}
