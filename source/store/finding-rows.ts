import { severityFromRank } from '../domain/severity.js';
import type { FindingStatus } from '../domain/status.js';
import type { Finding } from './types.js';

/** Columns every finding query selects, over `finding f`. */
export const FINDING_COLUMNS = `
  f.id, f.workspace_id, w.name AS workspace, f.scan_id, s.name AS scan,
  f.host, f.hostname, f.port, f.plugin, f.severity, f.status, f.finding,
  f.remark, f.run_id,
  (SELECT group_concat(i.id || char(31) || i.ext_ref, char(30))
     FROM (SELECT i.id, i.ext_ref FROM issue_finding l
           JOIN issue i ON i.id = l.issue_id
           WHERE l.finding_id = f.id ORDER BY i.id) i) AS issue_list`;

/**
 * LEFT JOINs (the rows always exist) keep `finding` the outer loop, so a
 * page is read in index order instead of being sorted after the join.
 * `access` is an INDEXED BY or NOT INDEXED clause, or empty.
 */
export function findingFrom(access = ''): string {
  return `
  finding f${access}
  LEFT JOIN workspace w ON w.id = f.workspace_id
  LEFT JOIN scan s ON s.id = f.scan_id`;
}

export const FINDING_FROM = findingFrom();

export interface FindingRow {
  id: number;
  workspace_id: number;
  workspace: string;
  scan_id: number;
  scan: string;
  host: string;
  hostname: string;
  port: string;
  plugin: string;
  severity: number;
  status: FindingStatus;
  finding: string;
  remark: string;
  run_id: number;
  issue_list: string | null;
}

export function toFinding(row: FindingRow): Finding {
  const issues: number[] = [];
  const issueRefs: string[] = [];
  for (const entry of row.issue_list?.split('\x1e') ?? []) {
    const [id, ref] = entry.split('\x1f');
    issues.push(Number(id));
    issueRefs.push(ref ?? '');
  }

  return {
    id: row.id,
    workspaceId: row.workspace_id,
    workspace: row.workspace,
    scanId: row.scan_id,
    scan: row.scan,
    host: row.host,
    hostname: row.hostname,
    port: row.port,
    plugin: row.plugin,
    severity: severityFromRank(row.severity),
    status: row.status,
    finding: row.finding,
    remark: row.remark,
    issues,
    issueRefs,
    runId: row.run_id,
  };
}
