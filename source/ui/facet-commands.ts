import { withTerm } from '../filter/parse.js';
import type { FacetField, FacetValue } from '../store/types.js';
import type { AppEnv, AppState, Overlay } from './app-state.js';
import { FACET_FIELDS } from './app-state.js';
import { applyFilterLine } from './findings-data.js';
import { tableRows } from './screen-size.js';

type FacetPicker = Extract<Overlay, { kind: 'facet-picker' }>;

/** Values shown per field; more are reachable by typing a filter. */
const FACET_LIMIT = 500;

export function facetValues(
  state: AppState,
  env: AppEnv,
  field: FacetField,
): FacetValue[] {
  return env.store.facet(state.findings.filter, field, FACET_LIMIT);
}

function replaceTop(state: AppState, picker: FacetPicker): AppState {
  return { ...state, overlays: [...state.overlays.slice(0, -1), picker] };
}

/** Runs a command of the facet picker (the top overlay). */
export function facetCommand(
  state: AppState,
  env: AppEnv,
  picker: FacetPicker,
  id: string,
): AppState {
  const last = Math.max(0, picker.values.length - 1);
  const move = (cursor: number) =>
    replaceTop(state, {
      ...picker,
      cursor: Math.min(last, Math.max(0, cursor)),
    });
  const page = Math.max(1, tableRows(state.height) - 1);

  switch (id) {
    case 'cursor.down':
      return move(picker.cursor + 1);
    case 'cursor.up':
      return move(picker.cursor - 1);
    case 'cursor.top':
      return move(0);
    case 'cursor.bottom':
      return move(last);
    case 'cursor.pageDown':
    case 'cursor.halfDown':
      return move(picker.cursor + page);
    case 'cursor.pageUp':
    case 'cursor.halfUp':
      return move(picker.cursor - page);
    case 'facet.nextField':
    case 'facet.previousField': {
      const step = id === 'facet.nextField' ? 1 : FACET_FIELDS.length - 1;
      const field = (picker.field + step) % FACET_FIELDS.length;
      const values = facetValues(state, env, FACET_FIELDS[field] ?? 'host');
      return replaceTop(state, { ...picker, field, values, cursor: 0 });
    }
    case 'facet.choose': {
      const value = picker.values[picker.cursor];
      const field = FACET_FIELDS[picker.field];
      if (value === undefined || field === undefined) return state;

      const term = field === 'issue' ? `#${value.key}` : value.key;
      const name = field === 'severity' ? 'sev' : field;
      const popped = { ...state, overlays: state.overlays.slice(0, -1) };
      const line = withTerm(state.findings.filterLine, name, term);
      return applyFilterLine(popped, env, line);
    }
    case 'app.back':
      return { ...state, overlays: state.overlays.slice(0, -1) };
    default:
      return state;
  }
}
