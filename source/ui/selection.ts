import type { AppEnv, AppState } from './app-state.js';
import { withMessage } from './app-state.js';
import { cursorOf, moveCursor } from './finding-window.js';
import { windowQuery } from './findings-data.js';

function withSelection(
  state: AppState,
  selection: ReadonlySet<number>,
): AppState {
  return { ...state, findings: { ...state.findings, selection } };
}

/** Position of the cursor row in the whole result. */
export function cursorPosition(state: AppState): number {
  const { window } = state.findings;
  return window.offset + window.cursor;
}

/** Space: flips the cursor row, then moves down. */
export function toggleRow(state: AppState, env: AppEnv): AppState {
  const { window, selection } = state.findings;
  const row = window.rows[window.cursor];
  if (row === undefined) return state;

  const next = new Set(selection);
  if (next.has(row.id)) next.delete(row.id);
  else next.add(row.id);
  const moved = moveCursor(windowQuery(state, env), window, 1);
  return {
    ...state,
    findings: { ...state.findings, selection: next, window: moved },
  };
}

/** `v`: starts a range at the cursor, or adds the range to the selection. */
export function toggleRange(state: AppState, env: AppEnv): AppState {
  const { window, range } = state.findings;
  if (range !== undefined) return commitRange(state, env);

  const row = window.rows[window.cursor];
  if (row === undefined) return state;

  const position = cursorPosition(state);
  return {
    ...state,
    findings: { ...state.findings, range: { id: row.id, position } },
  };
}

/** Whether a visible row lies inside the pending range. */
export function inRange(state: AppState, rowIndex: number): boolean {
  const { range, window } = state.findings;
  if (range === undefined) return false;

  const position = window.offset + rowIndex;
  const cursor = cursorPosition(state);
  return (
    position >= Math.min(range.position, cursor) &&
    position <= Math.max(range.position, cursor)
  );
}

/**
 * Adds every row between the range start and the cursor to the selection,
 * reading the rows between them by key from the cursor's side.
 */
export function commitRange(state: AppState, env: AppEnv): AppState {
  const { range, window, selection } = state.findings;
  const row = window.rows[window.cursor];
  if (range === undefined || row === undefined) return state;

  const distance = cursorPosition(state) - range.position;
  const query = windowQuery(state, env);
  const page = env.store.findingPage({
    filter: query.filter,
    sort: query.sort,
    limit: Math.abs(distance),
    ...(distance > 0
      ? { before: cursorOf(row, query.sort) }
      : { after: cursorOf(row, query.sort) }),
  });
  const next = new Set(selection);
  next.add(row.id);
  for (const each of page) next.add(each.id);
  const added = next.size - selection.size;
  const committed = withSelection(state, next);
  return withMessage(
    { ...committed, findings: { ...committed.findings, range: undefined } },
    env,
    `selected ${added} more (${next.size} in all)`,
  );
}

/** `a`: every finding the filter matches, on any page. */
export function selectAll(state: AppState, env: AppEnv): AppState {
  const next = new Set(state.findings.selection);
  for (const id of env.store.findingIds(state.findings.filter)) next.add(id);
  return withMessage(withSelection(state, next), env, `${next.size} selected`);
}

export function clearSelection(state: AppState): AppState {
  const cleared = withSelection(state, new Set());
  return { ...cleared, findings: { ...cleared.findings, range: undefined } };
}
