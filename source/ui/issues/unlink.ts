import { type ActionResult, issueLabel, plural } from '../action-result.js';
import type { TriageStore } from '../triage-store.js';

/** Unlinks findings from an issue; undo links them again. */
export function unlinkFromIssue(
  store: TriageStore,
  issue: { id: number; extRef: string },
  findingIds: readonly number[],
): ActionResult {
  const count = store.unlinkFindings(issue.id, findingIds);
  const label = issueLabel(issue);

  return {
    message: `unlinked ${plural(count, 'finding')} from ${label}`,
    undo: {
      label: `unlink ${plural(count, 'finding')} from ${label}`,
      undo: (target) => target.linkFindings(issue.id, findingIds),
    },
  };
}
