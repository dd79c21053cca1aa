import { isSeverity, type Severity } from '../domain/severity.js';
import { DraftFile, draftPath } from './draft-file.js';

export { flushAllDrafts } from './draft-file.js';

/** What the issue form holds. */
export interface IssueFields {
  name: string;
  extRef: string;
  severity: Severity;
  description: string;
}

/** An issue form that was not saved, kept so nothing typed is lost. */
export interface IssueDraft {
  /** A new issue, or an edit of issue `issueId`. */
  kind: 'create' | 'edit';
  issueId?: number;
  workspace: string;
  /**
   * The findings a new issue was to be created from, for the record: a
   * restored draft acts on the findings targeted when the form reopens.
   */
  findingIds: number[];
  fields: IssueFields;
  savedAt: string;
}

/** The issue draft file of one store (see draftPath). */
export function issueDraftPath(stateDir: string, storePath: string): string {
  return draftPath(stateDir, storePath, 'issue');
}

function isIssueDraft(value: unknown): value is IssueDraft {
  const draft = value as IssueDraft;
  const fields = draft?.fields;
  return (
    (draft?.kind === 'create' || draft?.kind === 'edit') &&
    typeof draft.workspace === 'string' &&
    Array.isArray(draft.findingIds) &&
    draft.findingIds.every(Number.isInteger) &&
    typeof fields?.name === 'string' &&
    typeof fields.extRef === 'string' &&
    typeof fields.description === 'string' &&
    isSeverity(fields.severity)
  );
}

/** Where the issue form keeps what was typed but not saved. */
export class IssueDraftFile extends DraftFile<IssueDraft> {
  constructor(path: string) {
    super(path, isIssueDraft);
  }
}
