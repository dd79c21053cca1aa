import { Box, Text } from 'ink';
import { useCallback } from 'react';
import type { IssueFields } from '../../drafts/issue-draft.js';
import { fitCells } from '../../text/layout.js';
import { sanitizeLine } from '../../text/sanitize.js';
import { footerHints, type Keymap, type ViewKind } from '../keymap.js';
import { useLatest } from '../use-latest.js';
import { useSyncReducer } from '../use-sync-reducer.js';
import { toViewKeys, useKeyNames } from '../use-view-keys.js';
import {
  FIELD_LABELS,
  FORM_FIELDS,
  type IssueFormAction,
  type IssueFormState,
  initialIssueForm,
  isDirty,
  reduceIssueForm,
} from './issue-form-reducer.js';

export interface IssueFormProps {
  title: string;
  initial: IssueFields;
  /** A saved draft to offer ("restore?"), with when it was saved. */
  draft?: { fields: IssueFields; savedAt: string };
  keymap: Keymap;
  width: number;
  /** Every change of the fields, to keep the draft up to date. */
  onChange: (fields: IssueFields, dirty: boolean) => void;
  /** Writes the issue; returns an error message when it could not. */
  onSave: (fields: IssueFields) => string | undefined;
  onCancel: () => void;
  /** The offered draft was declined. */
  onDropDraft: () => void;
  /** The offered draft was taken. */
  onRestore?: () => void;
  isActive?: boolean;
}

function keyView(state: IssueFormState): ViewKind {
  return state.phase === 'editing' ? 'issue-form' : 'confirm';
}

function question(state: IssueFormState, savedAt: string): string {
  return state.phase === 'restore'
    ? `Restore the unsaved draft from ${savedAt}? (y/n)`
    : 'Throw away what you typed? (y/n)';
}

/** Acts on the form's request; true when the form is finished. */
function perform(
  state: IssueFormState,
  owner: IssueFormProps,
  dispatch: (action: IssueFormAction) => IssueFormState,
): boolean {
  switch (state.request) {
    case 'save': {
      const error = owner.onSave(state.fields);
      dispatch({ type: 'done', error });
      return error === undefined;
    }
    case 'cancel':
      owner.onCancel();
      return true;
    case 'restore': {
      const fields = owner.draft?.fields ?? state.fields;
      dispatch({ type: 'done', fields });
      owner.onRestore?.();
      owner.onChange(fields, true);
      return false;
    }
    default:
      owner.onDropDraft();
      dispatch({ type: 'done' });
      return false;
  }
}

/** The issue form: name, external reference, severity, description. */
export function IssueForm(props: IssueFormProps) {
  const { title, keymap, width, draft } = props;
  const [state, dispatch, current] = useSyncReducer(reduceIssueForm, () =>
    initialIssueForm(props.initial, draft !== undefined),
  );
  const latest = useLatest(props);

  const onNames = useCallback(
    (names: string[]) => {
      for (const name of names) {
        const before = current();
        const keys = toViewKeys(latest.current.keymap, keyView(before), [name]);
        for (const key of keys) {
          const next = dispatch({ type: 'key', key });
          if (next.fields !== before.fields) {
            latest.current.onChange(next.fields, isDirty(next));
          }

          if (next.request && perform(next, latest.current, dispatch)) {
            return;
          }
        }
      }
    },
    [current, dispatch, latest],
  );

  useKeyNames(onNames, props.isActive ?? true);

  const labelWidth = 20;
  const hints = footerHints(keymap, keyView(state))
    .map((hint) => `${hint.keys} ${hint.label}`)
    .join('  ');

  return (
    <Box flexDirection="column" width={width}>
      <Text bold>{fitCells(sanitizeLine(title), width)}</Text>
      {FORM_FIELDS.map((field, index) => {
        const focused = index === state.focus && state.phase === 'editing';
        const value =
          field === 'severity'
            ? `◀ ${state.fields.severity} ▶`
            : sanitizeLine(state.fields[field]) + (focused ? '▏' : '');
        return (
          <Text key={field}>
            <Text color={focused ? 'cyan' : undefined} bold={focused}>
              {focused ? '>' : ' '} {fitCells(FIELD_LABELS[field], labelWidth)}
            </Text>
            <Text> {value}</Text>
          </Text>
        );
      })}
      {state.error ? <Text color="red">! {state.error}</Text> : null}
      {state.phase === 'editing' ? null : (
        <Text color="yellow" bold>
          {question(state, draft?.savedAt ?? '')}
        </Text>
      )}
      <Text dimColor>{fitCells(hints, width)}</Text>
    </Box>
  );
}
