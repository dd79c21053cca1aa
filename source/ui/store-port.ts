import type { Store } from '../store/store.js';

/**
 * The part of the Store that the issue, picker and finding-detail views
 * use. Naming only what is used keeps their dependencies visible.
 */
export type TriageStore = Pick<
  Store,
  | 'user'
  | 'workspaces'
  | 'scans'
  | 'finding'
  | 'issues'
  | 'issue'
  | 'createIssue'
  | 'updateIssue'
  | 'linkFindings'
  | 'unlinkFindings'
>;

/** One undoable action, as the undo stack keeps it. */
export interface UndoEntry {
  label: string;
  undo(store: TriageStore): void;
}
