import { clampCursor, isCursorMove, moveCursor } from '../list-cursor.js';
import type { ViewKey } from '../view-keys.js';

/** One thing a picker offers; label and detail are searched. */
export interface PickerItem {
  key: string;
  label: string;
  detail?: string;
}

export interface PickerState {
  query: string;
  cursor: number;
  /** The item set the state belongs to (PickerView's resetKey). */
  scope: string;
}

export type PickerAction =
  | { type: 'key'; key: ViewKey; matchCount: number; page: number }
  | { type: 'reset'; cursor: number; scope: string };

export function initialPicker(cursor = 0, scope = ''): PickerState {
  return { query: '', cursor, scope };
}

/** Items whose label or detail hold every word of the query. */
export function matchItems<Item extends PickerItem>(
  items: readonly Item[],
  query: string,
): Item[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...items];
  return items.filter((item) => {
    const haystack = `${item.label}\n${item.detail ?? ''}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** Typing narrows and puts the cursor on the first match. */
export function reducePicker(
  state: PickerState,
  action: PickerAction,
): PickerState {
  if (action.type === 'reset') {
    return initialPicker(action.cursor, action.scope);
  }

  const { key, matchCount, page } = action;
  if ('text' in key)
    return { ...state, query: state.query + key.text, cursor: 0 };

  if (key.command === 'input.deleteBack') {
    const query = [...state.query].slice(0, -1).join('');
    return { ...state, query, cursor: 0 };
  }

  if (key.command === 'input.clear') return { ...state, query: '', cursor: 0 };

  if (isCursorMove(key.command)) {
    return {
      ...state,
      cursor: moveCursor(state.cursor, key.command, matchCount, page),
    };
  }

  return { ...state, cursor: clampCursor(state.cursor, matchCount) };
}
