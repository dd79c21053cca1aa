import type { Key } from 'ink';

const NAMED: [keyof Key, string][] = [
  ['upArrow', 'up'],
  ['downArrow', 'down'],
  ['leftArrow', 'left'],
  ['rightArrow', 'right'],
  ['pageUp', 'pageup'],
  ['pageDown', 'pagedown'],
  ['home', 'home'],
  ['end', 'end'],
  ['return', 'enter'],
  ['escape', 'escape'],
  ['backspace', 'backspace'],
  ['delete', 'delete'],
];

/**
 * Turns one Ink input event into key names (see keymap.ts). Ink hands
 * over a run of typed characters ("jjjj", a paste) as one event, so every
 * character becomes its own key, in order.
 */
export function keyNames(input: string, key: Key): string[] {
  if (key.tab) return [key.shift ? 'shift+tab' : 'tab'];

  if (input === '') {
    const named = NAMED.find(([flag]) => key[flag] === true);
    return named === undefined ? [] : [named[1]];
  }

  if (key.ctrl && /^[a-z]$/.test(input)) return [`ctrl+${input}`];

  return [...input].map(characterKey);
}

function characterKey(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  if (character === '\r' || character === '\n') return 'enter';
  if (character === '\t') return 'tab';
  if (character === ' ') return 'space';
  if (character === '\x7f' || character === '\b') return 'backspace';
  if (character === '\x1b') return 'escape';
  if (code >= 1 && code <= 26) {
    return `ctrl+${String.fromCharCode(code + 96)}`;
  }

  return character;
}
