import { useCallback, useMemo } from 'react';
import type { IssueSummary } from '../store/types.js';
import { type ActionResult, issueLabel, plural } from './action-result.js';
import type { Keymap } from './keymap.js';
import type { PickerItem } from './picker/picker-reducer.js';
import { PickerView } from './picker/picker-view.js';
import type { TriageStore } from './store-port.js';

export interface LinkPickerProps {
  store: TriageStore;
  workspaceId: number;
  /** The selection, or the finding under the cursor. */
  findingIds: readonly number[];
  keymap: Keymap;
  height: number;
  width: number;
  /** Called once: with what was done, or undefined when cancelled. */
  onDone: (result: ActionResult | undefined) => void;
}

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

interface IssueItem extends PickerItem {
  issue: IssueSummary;
}

/** A picker over the workspace's issues; Enter links the findings. */
export function LinkPicker({
  store,
  workspaceId,
  findingIds,
  keymap,
  height,
  width,
  onDone,
}: LinkPickerProps) {
  const items = useMemo<IssueItem[]>(
    () =>
      store.issues({ workspaceId }).map((issue) => ({
        key: String(issue.id),
        label: issueLabel(issue),
        detail: `${issue.name}  [${issue.severity}, ${issue.status}]`,
        issue,
      })),
    [store, workspaceId],
  );

  const onChoose = useCallback(
    (item: IssueItem) => onDone(linkToIssue(store, item.issue, findingIds)),
    [findingIds, onDone, store],
  );
  const onCancel = useCallback(() => onDone(undefined), [onDone]);

  return (
    <PickerView
      title={`Link ${plural(findingIds.length, 'finding')} to an issue`}
      items={items}
      keymap={keymap}
      height={height}
      width={width}
      onChoose={onChoose}
      onCancel={onCancel}
      emptyText="no issue matches; create one with the new-issue key"
    />
  );
}
