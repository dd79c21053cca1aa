import type { ActionResult } from '../action-result.js';
import {
  type AppEnv,
  type AppState,
  type Overlay,
  withMessage,
} from '../app-state.js';
import { refreshFindings } from '../findings-data.js';
import { refreshTriage } from './refresh.js';

export function push(state: AppState, overlay: Overlay): AppState {
  return { ...state, overlays: [...state.overlays, overlay] };
}

export function pop(state: AppState): AppState {
  return { ...state, overlays: state.overlays.slice(0, -1) };
}

/** The state with its top overlay replaced. */
export function replaceTop(state: AppState, overlay: Overlay): AppState {
  return push(pop(state), overlay);
}

/**
 * Records what an action did: its undo entry, the footer message, and
 * fresh data in the findings table and every open view.
 */
export function recordAction(
  state: AppState,
  env: AppEnv,
  result: ActionResult,
): AppState {
  const undo = result.undo ? [...state.undo, result.undo] : state.undo;
  const refreshed = refreshTriage(
    refreshFindings({ ...state, undo }, env),
    env,
  );
  return withMessage(refreshed, env, result.message);
}
