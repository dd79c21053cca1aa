import { COMMANDS, createKeymap } from '../../source/ui/keymap.js';

/** Keymap key names that tmux spells differently. */
const TMUX_NAMES: Record<string, string> = {
  space: 'Space',
  enter: 'Enter',
  escape: 'Escape',
  tab: 'Tab',
  'shift+tab': 'BTab',
  backspace: 'BSpace',
  delete: 'DC',
  up: 'Up',
  down: 'Down',
  left: 'Left',
  right: 'Right',
  pageup: 'PPage',
  pagedown: 'NPage',
  home: 'Home',
  end: 'End',
};

const keymap = createKeymap();

/**
 * The tmux send-keys name of a command's first key, looked up by command
 * id so that remapping a key breaks no test.
 */
export function keyOf(commandId: string): string {
  if (!COMMANDS.some((command) => command.id === commandId)) {
    throw new Error(`no command ${commandId} in the keymap`);
  }
  const key = keymap.keysOf(commandId)[0];
  if (key === undefined) throw new Error(`${commandId} has no key`);

  return tmuxName(key);
}

export function tmuxName(key: string): string {
  if (key.startsWith('ctrl+')) return `C-${key.slice(5)}`;

  return TMUX_NAMES[key] ?? key;
}
