import { appReducer } from './app-reducer.js';
import type { AppAction, AppEnv, AppState } from './app-state.js';
import { withMessage } from './app-state.js';

/**
 * Holds the screen state outside React and applies actions in order, at
 * once. The reducer reads and writes the store synchronously, so holding
 * the state here (not in useReducer, which may replay a reducer) makes
 * every write happen exactly once.
 */
export interface Controller {
  getState(): AppState;
  dispatch(action: AppAction): void;
  subscribe(listener: () => void): () => void;
}

export function createController(initial: AppState, env: AppEnv): Controller {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch(action) {
      try {
        state = appReducer(state, action, env);
      } catch (error) {
        // A busy or failing store must not end the session: say so.
        const text = error instanceof Error ? error.message : String(error);
        state = withMessage(state, env, text, true);
      }

      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
