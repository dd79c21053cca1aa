import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { keyNames } from '../../source/ui/key-names.js';
import { clashingOverrides } from '../../source/ui/key-overrides.js';
import {
  COMMANDS,
  createKeymap,
  footerHints,
  keyConflicts,
} from '../../source/ui/keymap.js';

const plain: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

describe('keymap', () => {
  it('gives every command an id, keys, a description and a view', () => {
    for (const command of COMMANDS) {
      expect(command.description.length, command.id).toBeGreaterThan(3);
      expect(command.keys.length, command.id).toBeGreaterThan(0);
      expect(command.views.length, command.id).toBeGreaterThan(0);
    }

    const ids = COMMANDS.map((command) => command.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('binds no key twice in one view', () => {
    expect(keyConflicts(COMMANDS)).toEqual([]);
  });

  it('applies overrides and reports the conflicts they make', () => {
    const keymap = createKeymap({ 'cursor.down': ['n'] });
    expect(keymap.commandFor('findings', 'n')?.id).toBe('cursor.down');
    expect(keymap.commandFor('findings', 'j')).toBeUndefined();
    const clash = createKeymap({ 'cursor.down': ['k'] });
    expect(keyConflicts(clash.commands)).toContainEqual(
      expect.objectContaining({ key: 'k', view: 'findings' }),
    );
  });

  it('drops clashing overrides until the rest is clean', () => {
    const dropped = clashingOverrides({
      'cursor.down': ['q'],
      'sort.next': ['j'],
      'cursor.up': ['K'],
    });
    expect([...dropped.keys()].sort()).toEqual(['cursor.down', 'sort.next']);
  });

  it('makes footer hints from the table', () => {
    const hints = footerHints(createKeymap(), 'findings');
    expect(hints).toContainEqual({ keys: '/', label: 'filter' });
    expect(hints).toContainEqual({ keys: 'q', label: 'Quit' });
  });
});

describe('keyNames', () => {
  it('splits batched characters into keys', () => {
    expect(keyNames('jjjj', plain)).toEqual(['j', 'j', 'j', 'j']);
    expect(keyNames('a b\r', plain)).toEqual(['a', 'space', 'b', 'enter']);
  });

  it('names special and control keys', () => {
    expect(keyNames('', { ...plain, downArrow: true })).toEqual(['down']);
    expect(keyNames('', { ...plain, return: true })).toEqual(['enter']);
    expect(keyNames('d', { ...plain, ctrl: true })).toEqual(['ctrl+d']);
    expect(keyNames('', { ...plain, tab: true, shift: true })).toEqual([
      'shift+tab',
    ]);
    expect(keyNames('\x04\x15', plain)).toEqual(['ctrl+d', 'ctrl+u']);
    expect(keyNames('漢', plain)).toEqual(['漢']);
  });
});
