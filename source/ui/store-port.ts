import type { IssueStatus } from '../domain/status.js';
import type {
  FindingDetail,
  IssueChanges,
  IssueDetail,
  IssueSummary,
  NewIssue,
  Scan,
  Workspace,
} from '../store/types.js';

/**
 * The part of the Store that the issue, picker and finding-detail views
 * use. The Store satisfies it; naming only what is used keeps these views
 * testable and their dependencies visible.
 */
export interface TriageStore {
  readonly user: string;
  workspaces(): Workspace[];
  scans(workspaceId?: number): Scan[];
  finding(id: number): FindingDetail | undefined;
  issues(filter?: {
    workspaceId?: number;
    status?: IssueStatus[];
    text?: string;
  }): IssueSummary[];
  issue(id: number): IssueDetail | undefined;
  createIssue(issue: NewIssue, findingIds?: number[]): number;
  updateIssue(id: number, changes: IssueChanges): void;
  linkFindings(issueId: number, findingIds: number[]): number;
  unlinkFindings(issueId: number, findingIds: number[]): number;
}

/** One undoable action, as the undo stack keeps it. */
export interface UndoEntry {
  label: string;
  undo(store: TriageStore): void;
}
