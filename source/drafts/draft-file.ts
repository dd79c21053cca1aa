import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writePrivateFile } from '../config/save.js';

/**
 * The file of one kind of draft of one store:
 * `<stateDir>/<kind>-draft-<hash>.json`, the hash of the store's absolute
 * path, so two stores never share a draft.
 */
export function draftPath(
  stateDir: string,
  storePath: string,
  kind: string,
): string {
  const hash = createHash('sha256')
    .update(resolve(storePath))
    .digest('hex')
    .slice(0, 16);
  return join(stateDir, `${kind}-draft-${hash}.json`);
}

const DEBOUNCE_MS = 300;

/** Drafts with a write still pending, so an exit can flush them all. */
const pending = new Set<{ flush(): void }>();

/** Writes every pending draft now: call it on exit and on signals. */
export function flushAllDrafts(): void {
  for (const file of [...pending]) file.flush();
}

/**
 * One draft file (mode 0600, written atomically) holding drafts that
 * `isDraft` accepts. Changes are written debounced; flush() writes at once.
 */
export class DraftFile<Draft> {
  private timer: NodeJS.Timeout | undefined;
  private next: Draft | undefined;

  constructor(
    readonly path: string,
    private readonly isDraft: (value: unknown) => value is Draft,
  ) {}

  /** The saved draft, or undefined when there is none or it is unreadable. */
  read(): Draft | undefined {
    try {
      const value: unknown = JSON.parse(readFileSync(this.path, 'utf8'));
      return this.isDraft(value) ? value : undefined;
    } catch {
      return;
    }
  }

  /** Saves the draft soon; a newer draft replaces a pending one. */
  schedule(draft: Draft): void {
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

  /** Forgets the draft: it was saved or thrown away. */
  discard(): void {
    clearTimeout(this.timer);
    pending.delete(this);
    this.next = undefined;
    rmSync(this.path, { force: true });
  }
}
