import type { Severity } from '../domain/severity.js';
import type { FindingStatus, IssueStatus } from '../domain/status.js';

export interface Workspace {
  id: number;
  name: string;
  scanCount: number;
  findingCount: number;
}

/** A workspace without its counts, which cost a scan of its findings. */
export type WorkspaceRef = Pick<Workspace, 'id' | 'name'>;

export interface Scan {
  id: number;
  workspaceId: number;
  workspace: string;
  name: string;
  scanner: string;
  runCount: number;
  /** ISO time of the latest run's scan, or null before the first run. */
  lastRunAt: string | null;
}

export interface Run {
  id: number;
  scanId: number;
  /** When the scan ran (ISO 8601). */
  scanTime: string;
  importedAt: string;
  sourceFile: string;
  sourceSha256: string;
  format: string;
  findingCount: number;
}

/** A finding as lists show it. */
export interface Finding {
  id: number;
  workspaceId: number;
  workspace: string;
  scanId: number;
  scan: string;
  host: string;
  hostname: string;
  port: string;
  plugin: string;
  severity: Severity;
  status: FindingStatus;
  /** The finding text of its last-seen run. */
  finding: string;
  remark: string;
  /** Ids of the issues it is linked to, ascending. */
  issues: number[];
  /** External references of those issues, in the same order ('' if none). */
  issueRefs: string[];
  /** Id of the run it was last seen in. */
  runId: number;
}

export interface FindingHistoryEntry {
  id: number;
  runId: number;
  status: FindingStatus;
  severity: Severity;
  finding: string;
  remark: string;
  user: string;
  at: string;
}

export interface FindingDetail extends Finding {
  history: FindingHistoryEntry[];
  /** Its text in the scan's run before its last-seen run, if recorded. */
  previousText: string | null;
  linkedIssues: IssueSummary[];
}

/**
 * Which findings to show. Every field narrows the result; list fields
 * match any of their values. Host, hostname, port and plugin patterns
 * may use `*` as a wildcard; without one they match exactly.
 */
export interface FindingFilter {
  workspaceId?: number;
  scanId?: number;
  ids?: number[];
  host?: string[];
  hostname?: string[];
  port?: string[];
  plugin?: string[];
  status?: FindingStatus[];
  severity?: Severity[];
  /** Findings linked to any of these issues. */
  issueId?: number[];
  /** Only findings linked to no issue (true) or to some issue (false). */
  unlinked?: boolean;
  /**
   * Every term must occur (case-insensitively) in host, hostname, port,
   * plugin, finding text or remark.
   */
  text?: string[];
}

export const FINDING_SORT_COLUMNS = [
  'id',
  'status',
  'severity',
  'host',
  'port',
  'plugin',
  'finding',
] as const;

export type FindingSortColumn = (typeof FINDING_SORT_COLUMNS)[number];

export interface FindingSort {
  column: FindingSortColumn;
  descending: boolean;
}

/** The sort key of a row: resume a page after (or before) it. */
export interface FindingCursor {
  value: string | number;
  id: number;
}

export interface FindingPageRequest {
  filter: FindingFilter;
  sort: FindingSort;
  limit: number;
  /** Rows strictly after this one, in sort order. */
  after?: FindingCursor;
  /** Rows strictly before this one, in sort order (returned in order). */
  before?: FindingCursor;
}

export type FacetField =
  | 'host'
  | 'port'
  | 'plugin'
  | 'severity'
  | 'status'
  | 'issue'
  | 'scan';

export interface FacetValue {
  value: string;
  /** For `issue`: the issue id; otherwise equal to value. */
  key: string;
  count: number;
}

export interface FindingChanges {
  status?: FindingStatus;
  severity?: Severity;
  /** Replaces the remark, or with appendRemark adds it as a new line. */
  remark?: string;
  appendRemark?: boolean;
}

/** What to put back on one finding when undoing (fields left out stay). */
export interface FindingRestore {
  id: number;
  status?: FindingStatus;
  severity?: Severity;
  remark?: string;
}

/** What an undo checks before restoring (see Store.restoreFindings). */
export interface RestoreGuard {
  /** latestRunId() right after the action. */
  runMark: number;
  /** The findings as the action left them. */
  after: readonly FindingRestore[];
}

export interface IssueSummary {
  id: number;
  workspaceId: number;
  workspace: string;
  name: string;
  extRef: string;
  description: string;
  severity: Severity;
  status: IssueStatus;
  linkedCount: number;
  /** Linked findings that are still present: neither gone nor closed. */
  presentCount: number;
}

export interface IssueHistoryEntry {
  at: string;
  user: string;
  /** `created`, `updated`, `linked` or `unlinked`. */
  action: string;
  /** What changed, e.g. `status: open -> closed` or `finding 12`. */
  detail: string;
}

export interface IssueDetail extends IssueSummary {
  findings: Finding[];
  history: IssueHistoryEntry[];
}

export interface NewIssue {
  workspace: string;
  name: string;
  extRef?: string;
  description?: string;
  severity?: Severity;
  status?: IssueStatus;
}

export interface IssueChanges {
  name?: string;
  extRef?: string;
  description?: string;
  severity?: Severity;
  status?: IssueStatus;
}

export interface ImportRequest {
  workspace: string;
  scan: string;
  scanner: string;
  format: string;
  sourceFile: string;
  sourceSha256: string;
  /** The run's time when the caller knows it (`--time`). */
  scanTime?: Date;
  allowEmpty?: boolean;
}

export interface ImportResult {
  runId: number;
  workspaceId: number;
  scanId: number;
  scanTime: string;
  /** Findings read from the file (after merging duplicates). */
  findingsRead: number;
  /** How many findings of the scan have each status after the import. */
  statusCounts: Record<FindingStatus, number>;
  /** Findings whose status this import changed, by their new status. */
  changedTo: Partial<Record<FindingStatus, number>>;
  /** The file was already run `runId` of the scan: nothing was imported. */
  alreadyImported: boolean;
}
