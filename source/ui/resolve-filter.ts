import type { ParsedFilter } from '../filter/parse.js';
import type { FindingFilter, Scan, WorkspaceRef } from '../store/types.js';
import type { TriageStore } from './triage-store.js';

/** No issue has this id: an unknown reference matches nothing. */
const NO_ISSUE = -1;

/**
 * Completes a parsed filter line with the store's help: issue references
 * become issue ids and scan names a scan id, within the workspace.
 */
export function resolveFilter(
  store: TriageStore,
  parsed: ParsedFilter,
  context: { workspace?: WorkspaceRef; scan?: Scan },
): { filter: FindingFilter; errors: string[] } {
  const errors = [...parsed.errors];
  const workspaceId = context.workspace?.id;
  const filter: FindingFilter = { ...parsed.filter, workspaceId };
  if (context.scan !== undefined) filter.scanId = context.scan.id;

  if (parsed.issueRefs.length > 0) {
    const ids = parsed.issueRefs.flatMap((ref) => {
      const found = store.issuesByRef(ref, workspaceId);
      if (found.length === 0) errors.push(`issue:${ref}: no such issue`);
      return found.map((issue) => issue.id);
    });
    filter.issueId = [...(filter.issueId ?? []), ...ids];
    if (filter.issueId.length === 0) filter.issueId = [NO_ISSUE];
  }

  const [name, ...others] = parsed.scanNames;
  if (name !== undefined) {
    const scan = store.scans(workspaceId).find((each) => each.name === name);
    if (scan === undefined) errors.push(`scan:${name}: no such scan`);
    if (others.length > 0) errors.push('scan: takes one scan');
    filter.scanId = scan?.id ?? NO_ISSUE;
  }

  return { filter, errors };
}
