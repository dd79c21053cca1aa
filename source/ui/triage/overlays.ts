import type { IssueDraft } from '../../drafts/issue-draft.js';
import type {
  FindingDetail,
  IssueDetail,
  IssueSummary,
} from '../../store/types.js';
import type { IssueFormState } from '../issues/issue-form-reducer.js';
import type { PickerItem, PickerState } from '../picker/picker-reducer.js';

/** A new issue from findings, or an edit of an existing one. */
export type IssueFormTarget =
  | { kind: 'create'; workspace: string; findingIds: readonly number[] }
  | { kind: 'edit'; issue: IssueSummary };

/** The issues of the workspace. */
export interface IssuesOverlay {
  kind: 'issues';
  issues: IssueSummary[];
  cursor: number;
}

/** One issue and its linked findings; some may be marked for unlinking. */
export interface IssueDetailOverlay {
  kind: 'issue-detail';
  issue: IssueDetail;
  cursor: number;
  selected: ReadonlySet<number>;
}

export interface FindingDetailOverlay {
  kind: 'finding-detail';
  findingId: number;
  /** Undefined when the finding no longer exists. */
  detail?: FindingDetail;
  /** First line shown. */
  scroll: number;
}

export interface IssueFormOverlay {
  kind: 'issue-form';
  target: IssueFormTarget;
  form: IssueFormState;
  /** A draft left by an earlier session, offered on opening. */
  draft?: IssueDraft;
}

/** What a picker's choice does. */
export type PickerPurpose = 'link' | 'workspace' | 'scan';

export interface PickerOverlay {
  kind: 'picker';
  purpose: PickerPurpose;
  title: string;
  emptyText: string;
  items: PickerItem[];
  picker: PickerState;
  /** link: the findings to link. */
  findingIds?: readonly number[];
  /** scan: the workspace chosen first. */
  workspaceId?: number;
}

/** A ticket URL that could not be opened here. */
export interface TicketOverlay {
  kind: 'ticket-dialog';
  url: string;
  reason: string;
  copied: boolean;
}

/** The views of issues, pickers, forms, tickets and finding detail. */
export type TriageOverlay =
  | IssuesOverlay
  | IssueDetailOverlay
  | FindingDetailOverlay
  | IssueFormOverlay
  | PickerOverlay
  | TicketOverlay;

const KINDS: ReadonlySet<string> = new Set([
  'issues',
  'issue-detail',
  'finding-detail',
  'issue-form',
  'picker',
  'ticket-dialog',
]);

export function isTriageOverlay(overlay?: {
  kind: string;
}): overlay is TriageOverlay {
  return overlay !== undefined && KINDS.has(overlay.kind);
}

/** Overlays that take typed text: they get every key name raw. */
export function isTextOverlay(overlay?: {
  kind: string;
}): overlay is IssueFormOverlay | PickerOverlay {
  return overlay?.kind === 'issue-form' || overlay?.kind === 'picker';
}
