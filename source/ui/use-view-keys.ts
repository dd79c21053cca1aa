import { useInput } from 'ink';
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
    else if ([...name].length === 1 && name >= ' ') keys.push({ text: name });
  }

  return keys;
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
