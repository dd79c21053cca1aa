import { useRef } from 'react';

/**
 * The value of the latest render, for key handlers. Ink attaches a new
 * handler only when effects run, after the frame is drawn; a key typed
 * in between reaches the previous handler, which must not act on the
 * previous render's props.
 */
export function useLatest<Value>(value: Value): { readonly current: Value } {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}
