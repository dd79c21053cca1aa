import { DraftFile, draftPath } from './draft-file.js';

/**
 * A remark line that was not applied: its text and what it was for. A
 * restored one is applied to these same findings, and only on Enter.
 */
export interface RemarkDraft {
  /** Append a line to the remarks (else replace them). */
  append: boolean;
  workspace: string;
  findingIds: number[];
  text: string;
  savedAt: string;
}

/** The remark draft file of one store (see draftPath). */
export function remarkDraftPath(stateDir: string, storePath: string): string {
  return draftPath(stateDir, storePath, 'remark');
}

function isRemarkDraft(value: unknown): value is RemarkDraft {
  const draft = value as RemarkDraft;
  return (
    typeof draft?.append === 'boolean' &&
    typeof draft.workspace === 'string' &&
    Array.isArray(draft.findingIds) &&
    draft.findingIds.length > 0 &&
    draft.findingIds.every(Number.isInteger) &&
    typeof draft.text === 'string' &&
    typeof draft.savedAt === 'string'
  );
}

/** Where the remark line keeps what was typed but not applied. */
export class RemarkDraftFile extends DraftFile<RemarkDraft> {
  constructor(path: string) {
    super(path, isRemarkDraft);
  }
}
