import {
  FINDING_STATUSES,
  type FindingStatus,
  noStatusCounts,
} from '../domain/status.js';
import { parseFilter } from '../filter/parse.js';
import type { AppEnv, AppState, FindingsState } from './app-state.js';
import { withMessage } from './app-state.js';
import {
  EMPTY_WINDOW,
  type FindingWindow,
  firstWindow,
  reloadWindow,
  type WindowQuery,
} from './finding-window.js';
import { resolveFilter } from './resolve-filter.js';
import { tableRows } from './screen-size.js';

export function windowQuery(state: AppState, env: AppEnv): WindowQuery {
  const { filter, sort } = state.findings;
  return { store: env.store, filter, sort, size: tableRows(state.height) };
}

export function withWindow(state: AppState, window: FindingWindow): AppState {
  return { ...state, findings: { ...state.findings, window } };
}

/**
 * Reloads the visible rows, keeping the cursor on its finding (or, with
 * `from: 'top'`, starting over at the first row), and marks the counts
 * for recounting. Runs when the filter, sort, size or data changed, never
 * per key.
 */
export function refreshFindings(
  state: AppState,
  env: AppEnv,
  from: 'cursor' | 'top' = 'cursor',
): AppState {
  const query = windowQuery(state, env);
  const window =
    from === 'top'
      ? firstWindow(query)
      : reloadWindow(query, state.findings.window);
  return {
    ...state,
    dataVersion: env.store.dataVersion(),
    findings: {
      ...state.findings,
      window,
      countsStale: true,
      counting: undefined,
    },
  };
}

/**
 * Counts by status under the filter, one step per `count` action: the
 * screen takes keys between steps of a slow count.
 */
export function countFindings(state: AppState, env: AppEnv): AppState {
  const counter =
    state.findings.counting?.counter ??
    env.store.statusCounter(state.findings.filter);
  const counts = counter.step();
  if (counts === undefined) {
    return {
      ...state,
      findings: {
        ...state.findings,
        counting: { counter, progress: counter.progress },
      },
    };
  }

  const total = FINDING_STATUSES.reduce(
    (sum, status: FindingStatus) => sum + counts[status],
    0,
  );
  const window = clampOffset(state.findings.window, total);
  return {
    ...state,
    findings: {
      ...state.findings,
      counts,
      total,
      window,
      countsStale: false,
      counting: undefined,
    },
  };
}

/** Applies a filter line; bad terms are reported, the rest applies. */
export function applyFilterLine(
  state: AppState,
  env: AppEnv,
  line: string,
): AppState {
  const { filter, errors } = resolveFilter(env.store, parseFilter(line), state);
  const findings: FindingsState = {
    ...state.findings,
    filterLine: line.trim(),
    filter,
    filterProblems: errors,
    range: undefined,
    total: undefined,
  };
  // A new filter's problems replace any earlier message, and its lack of
  // them clears an earlier filter's.
  const next = refreshFindings({ ...state, findings }, env, 'top');
  return errors.length > 0
    ? withMessage(next, env, errors.join('; '), true)
    : { ...next, message: undefined };
}

/** The findings part of a fresh state, before the first query. */
export function initialFindings(): FindingsState {
  return {
    filterLine: '',
    filter: {},
    filterProblems: [],
    sort: { column: 'severity', descending: true },
    window: EMPTY_WINDOW,
    counts: noStatusCounts(),
    total: undefined,
    countsStale: true,
    selection: new Set(),
  };
}

/**
 * Keyset paging cannot tell how many rows precede the cursor after the
 * data changed; the old position is kept, within the new total.
 */
function clampOffset(window: FindingWindow, total: number): FindingWindow {
  const highest = Math.max(0, total - window.rows.length);
  return { ...window, offset: Math.min(window.offset, highest) };
}
