import { INPUT_COMMANDS } from './keymap-input.js';
import { NAVIGATION_COMMANDS } from './keymap-navigation.js';
import { TRIAGE_COMMANDS } from './keymap-triage.js';
import type { KeyCommand, ViewKind } from './keymap-types.js';

export * from './keymap-types.js';

/**
 * The one table of key bindings, kept in three files by area: the help
 * view, footer hints and README key table are generated from it.
 */
export const COMMANDS: readonly KeyCommand[] = [
  ...NAVIGATION_COMMANDS,
  ...TRIAGE_COMMANDS,
  ...INPUT_COMMANDS,
];

export type KeyOverrides = Readonly<Record<string, readonly string[]>>;

/** A keymap with the user's overrides applied, ready for lookups. */
export interface Keymap {
  commands: readonly KeyCommand[];
  /** The command bound to a key in a view, if any. */
  commandFor(view: ViewKind, key: string): KeyCommand | undefined;
  /** The keys of a command, for hints ("" when unbound). */
  keysOf(id: string): readonly string[];
}

/**
 * Applies key overrides (command id to keys). Unknown ids are reported
 * by the config validation, and ignored here.
 */
export function createKeymap(
  overrides: KeyOverrides = {},
  commands: readonly KeyCommand[] = COMMANDS,
): Keymap {
  const resolved = commands.map((command) => {
    const keys = overrides[command.id];
    return keys === undefined ? command : { ...command, keys };
  });
  const byViewKey = new Map<string, KeyCommand>();
  for (const command of resolved) {
    for (const view of command.views) {
      for (const key of command.keys) {
        const slot = `${view}\u0000${key}`;
        if (!byViewKey.has(slot)) byViewKey.set(slot, command);
      }
    }
  }

  const byId = new Map(resolved.map((command) => [command.id, command]));
  return {
    commands: resolved,
    commandFor: (view, key) => byViewKey.get(`${view}\u0000${key}`),
    keysOf: (id) => byId.get(id)?.keys ?? [],
  };
}

/** Pairs of commands that share a key in the same view. */
export function keyConflicts(
  commands: readonly KeyCommand[],
): { view: ViewKind; key: string; ids: [string, string] }[] {
  const seen = new Map<string, string>();
  const conflicts: { view: ViewKind; key: string; ids: [string, string] }[] =
    [];
  for (const command of commands) {
    for (const view of command.views) {
      for (const key of command.keys) {
        const slot = `${view}\u0000${key}`;
        const other = seen.get(slot);
        if (other === undefined) seen.set(slot, command.id);
        else conflicts.push({ view, key, ids: [other, command.id] });
      }
    }
  }

  return conflicts;
}

/** How a key is written in hints and help: `ctrl+d` as `^d`, `up` as `↑`. */
export function displayKey(key: string): string {
  const arrows: Record<string, string> = {
    up: '↑',
    down: '↓',
    left: '←',
    right: '→',
    escape: 'Esc',
    enter: 'Enter',
    space: 'Space',
    tab: 'Tab',
    'shift+tab': 'S-Tab',
    pageup: 'PgUp',
    pagedown: 'PgDn',
    home: 'Home',
    end: 'End',
    backspace: 'Bksp',
    delete: 'Del',
  };
  if (key.startsWith('ctrl+')) return `^${key.slice(5)}`;
  return arrows[key] ?? key;
}

/** Footer hints for a view, in table order: `[keys, label]`. */
export function footerHints(
  keymap: Keymap,
  view: ViewKind,
): { keys: string; label: string }[] {
  return keymap.commands
    .filter((command) => command.footer?.includes(view))
    .filter((command) => command.keys.length > 0)
    .map((command) => ({
      keys: displayKey(command.keys[0] ?? ''),
      label: command.hint ?? command.description,
    }));
}
