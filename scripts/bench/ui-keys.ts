import { createKeymap } from '../../source/ui/keymap.js';

/** What a terminal sends for the keymap's named keys. */
const BYTES: Record<string, string> = {
  space: ' ',
  enter: '\r',
  escape: '\x1b',
  tab: '\t',
  'shift+tab': '\x1b[Z',
  backspace: '\x7f',
  delete: '\x1b[3~',
  up: '\x1b[A',
  down: '\x1b[B',
  right: '\x1b[C',
  left: '\x1b[D',
  pageup: '\x1b[5~',
  pagedown: '\x1b[6~',
  home: '\x1b[H',
  end: '\x1b[F',
};

const keymap = createKeymap();

/**
 * The bytes a terminal sends for a command's first key, looked up by
 * command id so that the bench follows the keymap.
 */
export function bytesOf(commandId: string): string {
  const key = keymap.keysOf(commandId)[0];
  if (key === undefined) throw new Error(`${commandId} has no key`);
  if (key.startsWith('ctrl+')) {
    return String.fromCharCode((key.codePointAt(5) ?? 96) - 96);
  }

  return BYTES[key] ?? key;
}
