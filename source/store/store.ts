import { userInfo } from 'node:os';
import type { IssueStatus } from '../domain/status.js';
import type { FindingSink } from '../importers/types.js';
import {
  listRuns,
  listScans,
  listWorkspaceRefs,
  listWorkspaces,
  workspaceByName,
} from './catalog.js';
import { type Db, openDatabase } from './database.js';
import { findingDetail } from './finding-detail.js';
import {
  countByStatus,
  countFindings,
  facet,
  findingIds,
  findingPage,
  listFindings,
} from './finding-queries.js';
import {
  latestRunId,
  restoreFindings,
  updateFindings,
} from './finding-updates.js';
import { importRun } from './import-run.js';
import {
  createIssue,
  issueDetail,
  issuesByRef,
  linkFindings,
  listIssues,
  unlinkFindings,
  updateIssue,
  withdrawIssue,
} from './issues.js';
import { type StatusCounter, statusCounter } from './status-counter.js';
import type {
  FacetField,
  FindingChanges,
  FindingFilter,
  FindingPageRequest,
  FindingRestore,
  ImportRequest,
  IssueChanges,
  NewIssue,
  RestoreGuard,
} from './types.js';

export interface StoreOptions {
  /** Who history entries name; the OS user when not given. */
  user?: string;
  /**
   * Create the store when it does not exist (the default). Commands that
   * only read or edit pass false, so a mistyped path is an error rather
   * than a new, empty store.
   */
  create?: boolean;
}

/**
 * The findings store: the only way into the database. Every write is one
 * transaction; reads see the latest committed state of every process.
 */
export class Store {
  private constructor(
    private readonly db: Db,
    readonly path: string,
    readonly user: string,
  ) {}

  static open(path: string, options: StoreOptions = {}): Store {
    const user = options.user || osUser();
    return new Store(openDatabase(path, options.create ?? true), path, user);
  }

  close(): void {
    if (!this.db.open) return;

    // Keeps the planner's statistics fresh as the store grows.
    this.db.pragma('optimize');
    this.db.close();
  }

  /** Changes whenever any connection, in any process, commits. */
  dataVersion(): number {
    return this.db.pragma('data_version', { simple: true }) as number;
  }

  workspaces() {
    return listWorkspaces(this.db);
  }

  /** Ids and names only: counting a million findings takes 100+ ms. */
  workspaceRefs() {
    return listWorkspaceRefs(this.db);
  }

  workspaceByName(name: string) {
    return workspaceByName(this.db, name);
  }

  scans(workspaceId?: number) {
    return listScans(this.db, workspaceId);
  }

  runs(scanId: number) {
    return listRuns(this.db, scanId);
  }

  importRun(
    request: ImportRequest,
    read: (sink: FindingSink) => Promise<void>,
  ) {
    return importRun(this.db, this.user, request, read);
  }

  findings(filter: FindingFilter) {
    return listFindings(this.db, filter);
  }

  findingPage(request: FindingPageRequest) {
    return findingPage(this.db, request);
  }

  countFindings(filter: FindingFilter) {
    return countFindings(this.db, filter);
  }

  countByStatus(filter: FindingFilter) {
    return countByStatus(this.db, filter);
  }

  /** Counts by status in steps; see StatusCounter. */
  statusCounter(filter: FindingFilter): StatusCounter {
    return statusCounter(this.db, filter);
  }

  facet(filter: FindingFilter, field: FacetField, limit?: number) {
    return facet(this.db, filter, field, limit);
  }

  findingIds(filter: FindingFilter) {
    return findingIds(this.db, filter);
  }

  finding(id: number) {
    return findingDetail(this.db, id);
  }

  updateFindings(ids: readonly number[], changes: FindingChanges) {
    return updateFindings(this.db, this.user, ids, changes);
  }

  /**
   * Undo: puts each finding back to its recorded state, atomically; with
   * a guard, refuses when an import or another session changed them.
   */
  restoreFindings(states: readonly FindingRestore[], guard?: RestoreGuard) {
    return restoreFindings(this.db, this.user, states, guard);
  }

  /** The newest run's id, for an undo guard. */
  latestRunId() {
    return latestRunId(this.db);
  }

  createIssue(issue: NewIssue, findingIds?: readonly number[]) {
    return createIssue(this.db, this.user, issue, findingIds);
  }

  updateIssue(id: number, changes: IssueChanges) {
    updateIssue(this.db, this.user, id, changes);
  }

  withdrawIssue(id: number, findingIds: readonly number[]) {
    withdrawIssue(this.db, id, findingIds);
  }

  linkFindings(issueId: number, findingIds: readonly number[]) {
    return linkFindings(this.db, this.user, issueId, findingIds);
  }

  unlinkFindings(issueId: number, findingIds: readonly number[]) {
    return unlinkFindings(this.db, this.user, issueId, findingIds);
  }

  issues(
    filter: {
      workspaceId?: number;
      status?: IssueStatus[];
      text?: string;
    } = {},
  ) {
    return listIssues(this.db, filter);
  }

  issue(id: number) {
    return issueDetail(this.db, id);
  }

  issuesByRef(extRef: string, workspaceId?: number) {
    return issuesByRef(this.db, extRef, workspaceId);
  }
}

function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER || 'unknown';
  }
}
