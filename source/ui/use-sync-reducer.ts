import { useCallback, useRef, useState } from 'react';

/**
 * A reducer whose dispatch returns the new state at once. Ink can deliver
 * several keys in one tick; handlers that act on the result of a key (a
 * save, a store write) must see it, not the state of the last render.
 */
export function useSyncReducer<State, Action>(
  reduce: (state: State, action: Action) => State,
  initial: () => State,
): [State, (action: Action) => State, () => State] {
  const [state, setState] = useState(initial);
  const latest = useRef(state);
  const dispatch = useCallback(
    (action: Action) => {
      latest.current = reduce(latest.current, action);
      setState(latest.current);
      return latest.current;
    },
    [reduce],
  );

  const current = useCallback(() => latest.current, []);
  return [state, dispatch, current];
}
