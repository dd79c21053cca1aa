import type { ValidationContext } from '../config/validate.js';
import {
  COMMANDS,
  createKeymap,
  type KeyCommand,
  type KeyOverrides,
  keyConflicts,
} from './keymap.js';

/**
 * The overrides that would make two commands share a key in one view,
 * each with why. Without them the others apply cleanly, and their
 * commands keep the default keys (which never clash).
 */
export function clashingOverrides(
  overrides: KeyOverrides,
  commands: readonly KeyCommand[] = COMMANDS,
): Map<string, string> {
  const dropped = new Map<string, string>();
  for (;;) {
    const kept = Object.fromEntries(
      Object.entries(overrides).filter(([id]) => !dropped.has(id)),
    );
    const [clash] = keyConflicts(createKeymap(kept, commands).commands);
    if (clash === undefined) return dropped;

    const [first, second] = clash.ids;
    const id = Object.hasOwn(kept, second) ? second : first;
    if (!Object.hasOwn(kept, id)) return dropped;

    const other = id === first ? second : first;
    dropped.set(
      id,
      `keys.${id}: ${clash.key} is already the key of ${other} ` +
        `in ${clash.view}`,
    );
  }
}

/** What config validation needs to know about the keymap. */
export function keymapValidation(
  commands: readonly KeyCommand[] = COMMANDS,
): ValidationContext {
  return {
    commandIds: commands.map((command) => command.id),
    keyClashes: (overrides) => clashingOverrides(overrides, commands),
  };
}
