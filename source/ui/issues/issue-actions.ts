import type { IssueFields } from '../../drafts/issue-draft.js';
import type { IssueChanges, IssueSummary } from '../../store/types.js';
import { type ActionResult, issueLabel, plural } from '../action-result.js';
import type { TriageStore } from '../triage-store.js';

/** The form's fields of an existing issue. */
export function fieldsOf(issue: IssueSummary): IssueFields {
  return {
    name: issue.name,
    extRef: issue.extRef,
    severity: issue.severity,
    description: issue.description,
  };
}

/**
 * Creates an issue linked to the findings; undo deletes it again, unless
 * someone has changed it since (the store then keeps it).
 */
export function createIssueFrom(
  store: TriageStore,
  workspace: string,
  fields: IssueFields,
  findingIds: readonly number[],
): ActionResult {
  const id = store.createIssue(
    {
      workspace,
      name: fields.name.trim(),
      extRef: fields.extRef.trim(),
      severity: fields.severity,
      description: fields.description,
    },
    findingIds,
  );
  const label = issueLabel({ id, extRef: fields.extRef.trim() });

  return {
    message: `created ${label} with ${plural(findingIds.length, 'finding')}`,
    undo: {
      label: `create ${label}`,
      undo: (target) => target.withdrawIssue(id, findingIds),
    },
  };
}

/** Saves the fields that changed; undo puts the old values back. */
export function editIssue(
  store: TriageStore,
  issue: IssueSummary,
  fields: IssueFields,
): ActionResult {
  const before = fieldsOf(issue);
  const changes: IssueChanges = {};
  const undo: IssueChanges = {};
  for (const key of Object.keys(fields) as (keyof IssueFields)[]) {
    const value = key === 'description' ? fields[key] : fields[key].trim();
    if (value === before[key]) continue;
    Object.assign(changes, { [key]: value });
    Object.assign(undo, { [key]: before[key] });
  }

  const label = issueLabel({ id: issue.id, extRef: fields.extRef.trim() });
  if (Object.keys(changes).length === 0) {
    return { message: `${label}: nothing changed` };
  }

  store.updateIssue(issue.id, changes);
  return {
    message: `updated ${label}: ${Object.keys(changes).join(', ')}`,
    undo: {
      label: `edit ${label}`,
      undo: (target) => target.updateIssue(issue.id, undo),
    },
  };
}
