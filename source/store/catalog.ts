import type { Db } from './database.js';
import type { Run, Scan, Workspace, WorkspaceRef } from './types.js';

export function listWorkspaces(db: Db, name?: string): Workspace[] {
  return db
    .prepare(
      `SELECT w.id, w.name,
         (SELECT count(*) FROM scan s WHERE s.workspace_id = w.id)
           AS scanCount,
         (SELECT coalesce(sum(t.n), 0) FROM finding_tally t
          WHERE t.workspace_id = w.id) AS findingCount
       FROM workspace w WHERE @name IS NULL OR w.name = @name
       ORDER BY w.name`,
    )
    .all({ name: name ?? null }) as Workspace[];
}

/** Every workspace by name, uncounted: cheap however big the store. */
export function listWorkspaceRefs(db: Db): WorkspaceRef[] {
  return db
    .prepare('SELECT id, name FROM workspace ORDER BY name')
    .all() as WorkspaceRef[];
}

export function workspaceByName(db: Db, name: string): Workspace | undefined {
  return listWorkspaces(db, name)[0];
}

export function listScans(db: Db, workspaceId?: number): Scan[] {
  return db
    .prepare(
      `SELECT s.id, s.workspace_id AS workspaceId, w.name AS workspace,
         s.name, s.scanner,
         (SELECT count(*) FROM run r WHERE r.scan_id = s.id) AS runCount,
         (SELECT max(r.scan_time) FROM run r WHERE r.scan_id = s.id)
           AS lastRunAt
       FROM scan s JOIN workspace w ON w.id = s.workspace_id
       WHERE @workspaceId IS NULL OR s.workspace_id = @workspaceId
       ORDER BY w.name, s.name`,
    )
    .all({ workspaceId: workspaceId ?? null }) as Scan[];
}

export function listRuns(db: Db, scanId: number): Run[] {
  return db
    .prepare(
      `SELECT id, scan_id AS scanId, scan_time AS scanTime,
         imported_at AS importedAt, source_file AS sourceFile,
         source_sha256 AS sourceSha256, format, finding_count AS findingCount
       FROM run WHERE scan_id = ? ORDER BY id`,
    )
    .all(scanId) as Run[];
}

/** The id of the named workspace, created if it does not exist. */
export function ensureWorkspace(db: Db, name: string, now: string): number {
  db.prepare(
    `INSERT INTO workspace (name, created_at) VALUES (?, ?)
     ON CONFLICT (name) DO NOTHING`,
  ).run(name, now);

  return db
    .prepare('SELECT id FROM workspace WHERE name = ?')
    .pluck()
    .get(name) as number;
}

/** The id of the named scan, created (with its scanner) if missing. */
export function ensureScan(
  db: Db,
  workspaceId: number,
  name: string,
  scanner: string,
): number {
  db.prepare(
    `INSERT INTO scan (workspace_id, name, scanner) VALUES (?, ?, ?)
     ON CONFLICT (workspace_id, name) DO NOTHING`,
  ).run(workspaceId, name, scanner);

  return db
    .prepare('SELECT id FROM scan WHERE workspace_id = ? AND name = ?')
    .pluck()
    .get(workspaceId, name) as number;
}
