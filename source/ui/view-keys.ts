import { sanitizeLine } from '../text/sanitize.js';
import type { Keymap, ViewKind } from './keymap.js';

/** A key as a text-taking view sees it: a command, or a typed character. */
export type ViewKey = { command: string } | { text: string };

/** One printable character that needs no placeholder to be drawn. */
function isTypable(name: string): boolean {
  return [...name].length === 1 && sanitizeLine(name) === name;
}

/**
 * A key name as a command of the view, else as typed text (printable
 * characters only; other unbound keys are dropped).
 */
export function toViewKey(
  keymap: Keymap,
  view: ViewKind,
  name: string,
): ViewKey | undefined {
  const command = keymap.commandFor(view, name);
  if (command) return { command: command.id };
  if (name === 'space') return { text: ' ' };
  if (isTypable(name)) return { text: name };
  return undefined;
}
