import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writePrivateFile } from '../config/save.js';
import { isSeverity, type Severity } from '../domain/severity.js';

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

/**
 * The draft file of one store: `<stateDir>/issue-draft-<hash>.json`, the
 * hash of the store's absolute path, so two stores never share a draft.
 */
export function issueDraftPath(stateDir: string, storePath: string): string {
  const hash = createHash('sha256')
    .update(resolve(storePath))
    .digest('hex')
    .slice(0, 16);
  return join(stateDir, `issue-draft-${hash}.json`);
}

function isDraft(value: unknown): value is IssueDraft {
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

const DEBOUNCE_MS = 300;

/** Drafts with a write still pending, so an exit can flush them all. */
const pending = new Set<DraftFile>();

/** Writes every pending draft now: call it on exit and on signals. */
export function flushAllDrafts(): void {
  for (const file of [...pending]) file.flush();
}

/**
 * One draft file (mode 0600, written atomically). Changes are written
 * debounced; flush() writes at once.
 */
export class DraftFile {
  private timer: NodeJS.Timeout | undefined;
  private next: IssueDraft | undefined;

  constructor(readonly path: string) {}

  /** The saved draft, or undefined when there is none or it is unreadable. */
  read(): IssueDraft | undefined {
    try {
      const value: unknown = JSON.parse(readFileSync(this.path, 'utf8'));
      return isDraft(value) ? value : undefined;
    } catch {
      return;
    }
  }

  /** Saves the draft soon; a newer draft replaces a pending one. */
  schedule(draft: IssueDraft): void {
    this.next = draft;
    pending.add(this);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), DEBOUNCE_MS);
    this.timer.unref();
  }

  flush(): void {
    clearTimeout(this.timer);
    pending.delete(this);
    const draft = this.next;
    this.next = undefined;
    if (draft) writePrivateFile(this.path, `${JSON.stringify(draft)}\n`);
  }

  /** Forgets the draft: it was saved as an issue or thrown away. */
  discard(): void {
    clearTimeout(this.timer);
    pending.delete(this);
    this.next = undefined;
    rmSync(this.path, { force: true });
  }
}
