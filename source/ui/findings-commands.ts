import { FINDING_SORT_COLUMNS } from '../store/types.js';
import type { AppEnv, AppState } from './app-state.js';
import { FACET_FIELDS, withMessage } from './app-state.js';
import { facetValues } from './facet-commands.js';
import { undoLast } from './finding-actions.js';
import {
  firstWindow,
  lastWindow,
  moveCursor,
  scrollWindow,
} from './finding-window.js';
import {
  applyFilterLine,
  countFindings,
  refreshFindings,
  windowQuery,
  withWindow,
} from './findings-data.js';
import { openRemarkLine } from './remark-line.js';
import {
  clearSelection,
  selectAll,
  toggleRange,
  toggleRow,
} from './selection.js';

/** Runs a command of the findings view. */
export function findingsCommand(
  state: AppState,
  env: AppEnv,
  id: string,
): AppState {
  const query = windowQuery(state, env);
  const { window, total, sort } = state.findings;
  const half = Math.max(1, Math.floor(query.size / 2));

  switch (id) {
    case 'cursor.down':
      return withWindow(state, moveCursor(query, window, 1));
    case 'cursor.up':
      return withWindow(state, moveCursor(query, window, -1));
    case 'cursor.top':
      return withWindow(state, firstWindow(query));
    case 'cursor.bottom': {
      // The end's position needs the total: count now if not yet done.
      const counted = total === undefined ? countFindings(state, env) : state;
      const known = counted.findings.total ?? 0;
      return withWindow(counted, lastWindow(query, known));
    }
    case 'cursor.pageDown':
      return withWindow(state, scrollWindow(query, window, query.size));
    case 'cursor.pageUp':
      return withWindow(state, scrollWindow(query, window, -query.size));
    case 'cursor.halfDown':
      return withWindow(state, scrollWindow(query, window, half));
    case 'cursor.halfUp':
      return withWindow(state, scrollWindow(query, window, -half));
    case 'sort.next': {
      const index = FINDING_SORT_COLUMNS.indexOf(sort.column);
      const column =
        FINDING_SORT_COLUMNS[(index + 1) % FINDING_SORT_COLUMNS.length] ?? 'id';
      return resort(state, env, { column, descending: sort.descending });
    }
    case 'sort.reverse':
      return resort(state, env, { ...sort, descending: !sort.descending });
    case 'filter.edit':
      return pushLine(state, 'filter', state.findings.filterLine);
    case 'filter.facets':
      return {
        ...state,
        overlays: [
          ...state.overlays,
          {
            kind: 'facet-picker',
            field: 0,
            cursor: 0,
            values: facetValues(state, env, FACET_FIELDS[0] ?? 'host'),
          },
        ],
      };
    case 'select.toggle':
      return toggleRow(state, env);
    case 'select.range':
      return toggleRange(state, env);
    case 'select.all':
      return selectAll(state, env);
    case 'select.clear':
      return clearSelection(state);
    case 'status.choose':
      return {
        ...state,
        overlays: [...state.overlays, { kind: 'status-chooser' }],
      };
    case 'remark.edit':
      return openRemarkLine(state, 'remark', env, singleRemark(state));
    case 'remark.append':
      return openRemarkLine(state, 'remark-append', env, '');
    case 'action.undo':
      return undoLast(state, env);
    case 'app.back':
      return back(state, env);
    default:
      return state;
  }
}

function resort(
  state: AppState,
  env: AppEnv,
  sort: AppState['findings']['sort'],
): AppState {
  const next = { ...state, findings: { ...state.findings, sort } };
  const direction = sort.descending ? 'descending' : 'ascending';
  return withMessage(
    refreshFindings(next, env, 'top'),
    env,
    `sorted by ${sort.column}, ${direction}`,
  );
}

function pushLine(state: AppState, purpose: 'filter', text: string): AppState {
  return {
    ...state,
    overlays: [...state.overlays, { kind: 'line-input', purpose, text }],
  };
}

/** The remark to edit when exactly one one-line remark is targeted. */
function singleRemark(state: AppState): string {
  const { selection, window } = state.findings;
  if (selection.size > 0) return '';

  const remark = window.rows[window.cursor]?.remark ?? '';
  return remark.includes('\n') ? '' : remark;
}

/** Esc: drops a pending range, else clears the selection, else the filter. */
function back(state: AppState, env: AppEnv): AppState {
  const { range, selection, filterLine } = state.findings;
  if (range !== undefined) {
    return { ...state, findings: { ...state.findings, range: undefined } };
  }

  if (selection.size > 0) return clearSelection(state);
  if (filterLine !== '') return applyFilterLine(state, env, '');
  return state;
}
