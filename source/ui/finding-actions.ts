import type { FindingStatus } from '../domain/status.js';
import { StoreError } from '../store/errors.js';
import type { FindingChanges } from '../store/types.js';
import { type AppEnv, type AppState, withMessage } from './app-state.js';
import { refreshFindings } from './findings-data.js';
import { commitRange } from './selection.js';
import { findingsBefore, restoreFindings } from './undo.js';

/** The selection, or the cursor row when nothing is selected. */
export function targetIds(state: AppState): number[] {
  const { selection, window } = state.findings;
  if (selection.size > 0) return [...selection];

  const row = window.rows[window.cursor];
  return row === undefined ? [] : [row.id];
}

function plural(count: number): string {
  return count === 1 ? '1 finding' : `${count} findings`;
}

/**
 * Changes the targeted findings through the store in one transaction,
 * remembering their before-state so `u` restores exactly them.
 */
function changeFindings(
  state: AppState,
  env: AppEnv,
  changes: FindingChanges,
  label: (count: string) => string,
  fixedIds?: readonly number[],
): AppState {
  const committed = commitRange(state, env);
  const ids = fixedIds ? [...fixedIds] : targetIds(committed);
  if (ids.length === 0) return withMessage(committed, env, 'no findings', true);

  const before = findingsBefore(env.store, ids);
  env.store.updateFindings(ids, changes);
  const after = findingsBefore(env.store, ids);
  const text = label(plural(ids.length));
  const entry = restoreFindings(
    text,
    before,
    after,
    {
      status: changes.status !== undefined,
      remark: changes.remark !== undefined,
    },
    env.store.latestRunId(),
  );
  const next = refreshFindings(
    { ...committed, undo: [...committed.undo, entry] },
    env,
  );
  return withMessage(next, env, text);
}

export function setStatus(
  state: AppState,
  env: AppEnv,
  status: FindingStatus,
): AppState {
  return changeFindings(
    state,
    env,
    { status },
    (count) => `set ${count} to ${status}`,
  );
}

/** Sets or appends the remark of `ids`, else of the targeted findings. */
export function setRemark(
  state: AppState,
  env: AppEnv,
  remark: string,
  append: boolean,
  ids?: readonly number[],
): AppState {
  return changeFindings(
    state,
    env,
    { remark, appendRemark: append },
    (count) =>
      append
        ? `appended a remark line to ${count}`
        : `set the remark of ${count}`,
    ids,
  );
}

/** Undoes the last action, whoever's view did it. */
export function undoLast(state: AppState, env: AppEnv): AppState {
  const entry = state.undo.at(-1);
  if (entry === undefined) return withMessage(state, env, 'nothing to undo');

  const rest = { ...state, undo: state.undo.slice(0, -1) };
  try {
    entry.undo(env.store);
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    const reason = `cannot undo, ${error.message}: ${entry.label}`;
    return withMessage(refreshFindings(rest, env), env, reason, true);
  }

  return withMessage(refreshFindings(rest, env), env, `undid: ${entry.label}`);
}
