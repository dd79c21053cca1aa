import type { FindingStatus, IssueStatus } from '../domain/status.js';
import type { StatusCounter } from '../store/status-counter.js';
import type {
  FacetField,
  FacetValue,
  Finding,
  FindingChanges,
  FindingDetail,
  FindingFilter,
  FindingPageRequest,
  FindingRestore,
  IssueChanges,
  IssueDetail,
  IssueSummary,
  NewIssue,
  RestoreGuard,
  Scan,
  Workspace,
} from '../store/types.js';

/**
 * The part of the Store API the triage screen uses. The Store class
 * satisfies it; naming the subset keeps the UI honest about its reads.
 */
export interface TriageStore {
  readonly path: string;
  readonly user: string;
  dataVersion(): number;
  workspaces(): Workspace[];
  workspaceByName(name: string): Workspace | undefined;
  scans(workspaceId?: number): Scan[];
  findings(filter: FindingFilter): Finding[];
  findingPage(request: FindingPageRequest): Finding[];
  countFindings(filter: FindingFilter): number;
  countByStatus(filter: FindingFilter): Record<FindingStatus, number>;
  statusCounter(filter: FindingFilter): StatusCounter;
  facet(filter: FindingFilter, field: FacetField, limit?: number): FacetValue[];
  findingIds(filter: FindingFilter): number[];
  updateFindings(ids: number[], changes: FindingChanges): number;
  restoreFindings(
    states: readonly FindingRestore[],
    guard?: RestoreGuard,
  ): number;
  latestRunId(): number;
  issuesByRef(extRef: string, workspaceId?: number): IssueSummary[];
  finding(id: number): FindingDetail | undefined;
  issues(filter?: {
    workspaceId?: number;
    status?: IssueStatus[];
    text?: string;
  }): IssueSummary[];
  issue(id: number): IssueDetail | undefined;
  createIssue(issue: NewIssue, findingIds?: readonly number[]): number;
  updateIssue(id: number, changes: IssueChanges): void;
  /** Deletes an issue untouched since its creation (undo of creating it). */
  withdrawIssue(id: number, findingIds: readonly number[]): void;
  linkFindings(issueId: number, findingIds: readonly number[]): number;
  unlinkFindings(issueId: number, findingIds: readonly number[]): number;
}
