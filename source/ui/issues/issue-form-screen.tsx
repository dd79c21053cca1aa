import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { DraftFile, IssueFields } from '../../drafts/issue-draft.js';
import type { IssueSummary } from '../../store/types.js';
import { type ActionResult, issueLabel, plural } from '../action-result.js';
import type { Keymap } from '../keymap.js';
import type { TriageStore } from '../store-port.js';
import { createIssueFrom, editIssue, fieldsOf } from './issue-actions.js';
import { IssueForm } from './issue-form.js';

/** A new issue from findings, or an edit of an existing one. */
export type IssueFormTarget =
  | { kind: 'create'; workspace: string; findingIds: readonly number[] }
  | { kind: 'edit'; issue: IssueSummary };

export interface IssueFormScreenProps {
  store: TriageStore;
  target: IssueFormTarget;
  keymap: Keymap;
  width: number;
  /** Where unsaved input is kept; none in contexts without a state dir. */
  draftFile?: DraftFile;
  /** Called once: with what was saved, or undefined when cancelled. */
  onDone: (result: ActionResult | undefined) => void;
  isActive?: boolean;
}

const EMPTY: IssueFields = {
  name: '',
  extRef: '',
  severity: 'medium',
  description: '',
};

function workspaceOf(target: IssueFormTarget): string {
  return target.kind === 'create' ? target.workspace : target.issue.workspace;
}

/**
 * The issue form wired to the store and the draft file: offers a draft
 * left by an earlier session, keeps typed input as a draft (debounced,
 * flushed when the form goes away), and forgets it once saved.
 */
export function IssueFormScreen({
  store,
  target,
  keymap,
  width,
  draftFile,
  onDone,
  isActive,
}: IssueFormScreenProps) {
  const draft = useMemo(() => {
    const saved = draftFile?.read();
    if (!saved || saved.kind !== target.kind) return;
    if (saved.workspace !== workspaceOf(target)) return;
    if (target.kind === 'edit' && saved.issueId !== target.issue.id) return;
    return saved;
  }, [draftFile, target]);
  const findingIds = useRef<readonly number[]>(
    target.kind === 'create' ? target.findingIds : [],
  );

  useEffect(() => () => draftFile?.flush(), [draftFile]);

  const onChange = useCallback(
    (fields: IssueFields, dirty: boolean) => {
      if (!draftFile) return;
      if (!dirty) return draftFile.discard();
      draftFile.schedule({
        kind: target.kind,
        issueId: target.kind === 'edit' ? target.issue.id : undefined,
        workspace: workspaceOf(target),
        findingIds: [...findingIds.current],
        fields,
        savedAt: new Date().toISOString(),
      });
    },
    [draftFile, target],
  );

  const onSave = useCallback(
    (fields: IssueFields) => {
      let result: ActionResult;
      try {
        result =
          target.kind === 'create'
            ? createIssueFrom(
                store,
                target.workspace,
                fields,
                findingIds.current,
              )
            : editIssue(store, target.issue, fields);
      } catch (error) {
        return `not saved: ${(error as Error).message}`;
      }

      draftFile?.discard();
      onDone(result);
      return;
    },
    [draftFile, onDone, store, target],
  );

  const onCancel = useCallback(() => {
    draftFile?.discard();
    onDone(undefined);
  }, [draftFile, onDone]);
  const onDropDraft = useCallback(() => draftFile?.discard(), [draftFile]);
  const onRestore = useCallback(() => {
    if (draft && target.kind === 'create')
      findingIds.current = draft.findingIds;
  }, [draft, target]);

  const title =
    target.kind === 'create'
      ? `New issue from ${plural(
          draft?.findingIds.length ?? target.findingIds.length,
          'finding',
        )} in ${target.workspace}`
      : `Edit ${issueLabel(target.issue)}`;

  return (
    <IssueForm
      title={title}
      initial={target.kind === 'create' ? EMPTY : fieldsOf(target.issue)}
      draft={draft}
      keymap={keymap}
      width={width}
      onChange={onChange}
      onSave={onSave}
      onCancel={onCancel}
      onDropDraft={onDropDraft}
      onRestore={onRestore}
      isActive={isActive}
    />
  );
}
