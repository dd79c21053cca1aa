import type { UndoEntry } from './undo.js';

/** What an action did: the footer message and how to take it back. */
export interface ActionResult {
  message: string;
  undo?: UndoEntry;
}

/** How an issue is named in messages: its reference, else its number. */
export function issueLabel(issue: { id: number; extRef: string }): string {
  return issue.extRef || `issue #${issue.id}`;
}

export { plural } from '../text/plural.js';
