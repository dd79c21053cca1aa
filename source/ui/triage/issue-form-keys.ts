import type { IssueDraft } from '../../drafts/issue-draft.js';
import {
  type AppEnv,
  type AppState,
  activeView,
  withMessage,
} from '../app-state.js';
import { createIssueFrom, editIssue } from '../issues/issue-actions.js';
import {
  type IssueFormState,
  isDirty,
  reduceIssueForm,
} from '../issues/issue-form-reducer.js';
import { toViewKey } from '../view-keys.js';
import type { IssueFormOverlay } from './overlays.js';
import { pop, recordAction, replaceTop } from './stack.js';

/** Keeps unsaved input as a draft; a form back at its start has none. */
function keepDraft(env: AppEnv, top: IssueFormOverlay): void {
  const drafts = env.triage?.drafts;
  if (!drafts) return;
  if (!isDirty(top.form)) {
    drafts.discard();
    return;
  }

  const { target } = top;
  const draft: IssueDraft = {
    kind: target.kind,
    issueId: target.kind === 'edit' ? target.issue.id : undefined,
    workspace:
      target.kind === 'create' ? target.workspace : target.issue.workspace,
    findingIds: target.kind === 'create' ? [...target.findingIds] : [],
    fields: top.form.fields,
    savedAt: new Date(env.now()).toISOString(),
  };
  drafts.schedule(draft);
}

function save(state: AppState, env: AppEnv, top: IssueFormOverlay): AppState {
  const { target, form } = top;
  try {
    const result =
      target.kind === 'create'
        ? createIssueFrom(
            env.store,
            target.workspace,
            form.fields,
            target.findingIds,
          )
        : editIssue(env.store, target.issue, form.fields);
    env.triage?.drafts?.discard();
    return recordAction(pop(state), env, result);
  } catch (error) {
    const failed = reduceIssueForm(form, {
      type: 'done',
      error: `not saved: ${(error as Error).message}`,
    });
    return replaceTop(state, { ...top, form: failed });
  }
}

/** Acts on what the form asked for after a key. */
function perform(
  state: AppState,
  env: AppEnv,
  top: IssueFormOverlay,
): AppState {
  const done = (form: IssueFormState, changes = {}) =>
    replaceTop(state, { ...top, ...changes, form });

  switch (top.form.request) {
    case 'save':
      return save(state, env, top);
    case 'cancel':
      env.triage?.drafts?.discard();
      return withMessage(pop(state), env, 'no issue saved');
    case 'restore': {
      // Only the typed fields come back: a new issue is made from the
      // findings targeted now, never from those of the earlier session.
      const fields = top.draft?.fields ?? top.form.fields;
      const form = reduceIssueForm(top.form, { type: 'done', fields });
      return done(form, { draft: undefined });
    }
    case 'dropDraft':
      env.triage?.drafts?.discard();
      return done(reduceIssueForm(top.form, { type: 'done' }), {
        draft: undefined,
      });
    default:
      return state;
  }
}

/** A key name in the issue form: typing, fields, save, cancel, answers. */
export function issueFormKey(
  state: AppState,
  env: AppEnv,
  top: IssueFormOverlay,
  name: string,
): AppState {
  const key = toViewKey(env.keymap, activeView(state), name);
  if (!key) return state;

  const form = reduceIssueForm(top.form, { type: 'key', key });
  const next = { ...top, form };
  const settled = form.request ? perform(state, env, next) : undefined;
  const result = settled ?? replaceTop(state, next);
  const after = result.overlays.at(-1);
  if (after?.kind === 'issue-form' && after.form.fields !== top.form.fields) {
    keepDraft(env, after);
  }

  return result;
}
