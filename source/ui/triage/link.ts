import { type ActionResult, issueLabel, plural } from '../action-result.js';
import type { TriageStore } from '../triage-store.js';

/**
 * Links findings to an issue and says what it did. Only the links it
 * made are undone, so findings that were linked before stay linked.
 */
export function linkToIssue(
  store: TriageStore,
  issue: { id: number; extRef: string },
  findingIds: readonly number[],
): ActionResult {
  const before = new Set(
    store.issue(issue.id)?.findings.map((finding) => finding.id),
  );
  const added = findingIds.filter((id) => !before.has(id));
  const linked = store.linkFindings(issue.id, added);
  const label = issueLabel(issue);
  const already = findingIds.length - added.length;
  const message =
    `linked ${plural(linked, 'finding')} to ${label}` +
    (already > 0 ? ` (${already} already linked)` : '');

  return {
    message,
    undo: {
      label: `link ${plural(linked, 'finding')} to ${label}`,
      undo: (target) => target.unlinkFindings(issue.id, added),
    },
  };
}
