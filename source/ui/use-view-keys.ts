import { useInput } from 'ink';
import { sanitizeLine } from '../text/sanitize.js';
import { keyNames } from './key-names.js';
import type { Keymap, ViewKind } from './keymap.js';

/** A key as a view sees it: a bound command, or a typed character. */
export type ViewKey = { command: string } | { text: string };

/**
 * Turns Ink input into commands of a view's keymap, in order. Keys the
 * view does not bind arrive as typed text (printable characters only),
 * for search fields and forms; views without text input ignore them.
 */
export function toViewKeys(
  keymap: Keymap,
  view: ViewKind,
  names: readonly string[],
): ViewKey[] {
  const keys: ViewKey[] = [];
  for (const name of names) {
    const command = keymap.commandFor(view, name);
    if (command) keys.push({ command: command.id });
    else if (name === 'space') keys.push({ text: ' ' });
    else if (isTypable(name)) keys.push({ text: name });
  }

  return keys;
}

/** One printable character that needs no placeholder to be drawn. */
function isTypable(name: string): boolean {
  return [...name].length === 1 && sanitizeLine(name) === name;
}

/** Feeds a view the keys of each Ink input event, while it is active. */
export function useViewKeys(
  keymap: Keymap,
  view: ViewKind,
  onKeys: (keys: ViewKey[]) => void,
  isActive = true,
): void {
  useInput(
    (input, key) => {
      const keys = toViewKeys(keymap, view, keyNames(input, key));
      if (keys.length > 0) onKeys(keys);
    },
    { isActive },
  );
}

/**
 * Feeds raw key names, for views whose key view depends on their state
 * (a form that asks a question): they map each name with toViewKeys.
 */
export function useKeyNames(
  onNames: (names: string[]) => void,
  isActive = true,
): void {
  useInput(
    (input, key) => {
      const names = keyNames(input, key);
      if (names.length > 0) onNames(names);
    },
    { isActive },
  );
}
