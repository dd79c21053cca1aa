import type { RemarkDraft } from '../drafts/remark-draft.js';
import {
  type AppEnv,
  type AppState,
  type LineInputOverlay,
  withMessage,
} from './app-state.js';
import { setRemark, targetIds } from './finding-actions.js';
import { commitRange } from './selection.js';

type RemarkPurpose = 'remark' | 'remark-append';

function push(state: AppState, overlay: LineInputOverlay): AppState {
  return { ...state, overlays: [...state.overlays, overlay] };
}

function replaceTop(state: AppState, overlay: LineInputOverlay): AppState {
  return push({ ...state, overlays: state.overlays.slice(0, -1) }, overlay);
}

function pop(state: AppState): AppState {
  return { ...state, overlays: state.overlays.slice(0, -1) };
}

/**
 * Opens the remark line for the targeted findings, fixed now so a draft
 * of it names them and a restored draft acts on them.
 */
export function openRemarkLine(
  state: AppState,
  purpose: RemarkPurpose,
  env: AppEnv,
  initial: string,
): AppState {
  const committed = commitRange(state, env);
  return push(committed, {
    kind: 'line-input',
    purpose,
    text: initial,
    initial,
    findingIds: targetIds(committed),
  });
}

/** Keeps typed remark text as a draft; text back at its start has none. */
export function keepRemarkDraft(
  state: AppState,
  env: AppEnv,
  line: LineInputOverlay,
): void {
  const drafts = env.triage?.remarkDrafts;
  if (!drafts || line.purpose === 'filter' || !line.findingIds?.length) return;
  if (line.text === (line.initial ?? '')) {
    drafts.discard();
    return;
  }

  drafts.schedule({
    append: line.purpose === 'remark-append',
    workspace: state.workspace?.name ?? '',
    findingIds: [...line.findingIds],
    text: line.text,
    savedAt: new Date(env.now()).toISOString(),
  });
}

/** Enter on a remark line: applies it to its findings, drops the draft. */
export function applyRemarkLine(
  state: AppState,
  env: AppEnv,
  line: LineInputOverlay,
): AppState {
  env.triage?.remarkDrafts?.discard();
  return setRemark(
    pop(state),
    env,
    line.text,
    line.purpose === 'remark-append',
    line.findingIds,
  );
}

/** Esc on a remark line: nothing is applied and no draft is left. */
export function cancelRemarkLine(state: AppState, env: AppEnv): AppState {
  env.triage?.remarkDrafts?.discard();
  return pop(state);
}

/**
 * A remark draft left by an earlier session, offered as the issue form
 * offers its own: the question first, then the line to edit or apply.
 */
export function offerRemarkDraft(state: AppState, env: AppEnv): AppState {
  const draft = env.triage?.remarkDrafts?.read();
  if (!draft) return state;
  return push(state, {
    kind: 'line-input',
    purpose: draft.append ? 'remark-append' : 'remark',
    text: draft.text,
    findingIds: draft.findingIds,
    offer: draft,
  });
}

/** The question the footer asks about an offered draft. */
export function remarkOfferQuestion(draft: RemarkDraft): string {
  const count = draft.findingIds.length;
  const findings = count === 1 ? '1 finding' : `${count} findings`;
  const what = draft.append ? 'remark line' : 'remark';
  return (
    `Restore the unsaved ${what} "${draft.text}" for ${findings} ` +
    `in ${draft.workspace} from ${draft.savedAt}? (y/n)`
  );
}

/** y takes the draft into the line (Enter applies it); n throws it away. */
export function remarkOfferKey(
  state: AppState,
  env: AppEnv,
  line: LineInputOverlay,
  commandId: string | undefined,
): AppState {
  if (commandId === 'confirm.yes') {
    return replaceTop(state, { ...line, offer: undefined, initial: '' });
  }

  if (commandId === 'confirm.no') {
    env.triage?.remarkDrafts?.discard();
    return withMessage(pop(state), env, 'unsaved remark thrown away');
  }

  return state;
}
