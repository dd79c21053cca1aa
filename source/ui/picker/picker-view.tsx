import { Box, Text } from 'ink';
import { useCallback, useMemo } from 'react';
import { fitCells } from '../../text/layout.js';
import { sanitizeLine } from '../../text/sanitize.js';
import type { Keymap } from '../keymap.js';
import { windowStart } from '../list-cursor.js';
import { useLatest } from '../use-latest.js';
import { useSyncReducer } from '../use-sync-reducer.js';
import { useViewKeys, type ViewKey } from '../use-view-keys.js';
import {
  initialPicker,
  matchItems,
  type PickerItem,
  type PickerState,
  reducePicker,
} from './picker-reducer.js';

export interface PickerViewProps<Item extends PickerItem> {
  title: string;
  items: readonly Item[];
  keymap: Keymap;
  /** Rows available for the whole picker, title and search line included. */
  height: number;
  width: number;
  onChoose: (item: Item) => void;
  onCancel: () => void;
  /** Where the cursor starts. */
  initialCursor?: number;
  emptyText?: string;
  isActive?: boolean;
  /**
   * Changing it clears the search and puts the cursor at initialCursor:
   * for pickers that change their items in place (workspace, then scan).
   * Remounting instead would drop keys while Ink re-attaches input.
   */
  resetKey?: string;
}

/** A titled list with type-to-search; Enter chooses, Esc cancels. */
export function PickerView<Item extends PickerItem>({
  title,
  items,
  keymap,
  height,
  width,
  onChoose,
  onCancel,
  initialCursor = 0,
  emptyText = 'nothing to choose',
  isActive = true,
  resetKey = '',
}: PickerViewProps<Item>) {
  const [stored, dispatch, current] = useSyncReducer(reducePicker, () =>
    initialPicker(initialCursor, resetKey),
  );
  const fresh = (state: PickerState) =>
    state.scope === resetKey ? state : initialPicker(initialCursor, resetKey);
  const state = fresh(stored);
  const rows = Math.max(1, height - 2);
  const matches = useMemo(
    () => matchItems(items, state.query),
    [items, state.query],
  );

  const latest = useLatest({
    items,
    initialCursor,
    resetKey,
    rows,
    onCancel,
    onChoose,
  });
  const onKeys = useCallback(
    (keys: ViewKey[]) => {
      const props = latest.current;
      for (const key of keys) {
        let now = current();
        if (now.scope !== props.resetKey) {
          now = dispatch({
            type: 'reset',
            cursor: props.initialCursor,
            scope: props.resetKey,
          });
        }

        const found = matchItems(props.items, now.query);
        if ('command' in key && key.command === 'picker.cancel') {
          props.onCancel();
          return;
        }

        if ('command' in key && key.command === 'picker.choose') {
          const chosen = found[Math.min(now.cursor, found.length - 1)];
          if (chosen) props.onChoose(chosen);
          return;
        }

        dispatch({
          type: 'key',
          key,
          matchCount: found.length,
          page: props.rows,
        });
      }
    },
    [current, dispatch, latest],
  );
  useViewKeys(keymap, 'picker', onKeys, isActive);

  const cursor = Math.min(state.cursor, Math.max(0, matches.length - 1));
  const start = windowStart(cursor, matches.length, rows);
  const visible = matches.slice(start, start + rows);
  const labelWidth = Math.min(
    Math.max(...visible.map((item) => sanitizeLine(item.label).length), 4),
    Math.floor(width / 2),
  );

  return (
    <Box flexDirection="column" width={width}>
      <Text bold>{fitCells(sanitizeLine(title), width)}</Text>
      <Text>{fitCells(`search: ${sanitizeLine(state.query)}▏`, width)}</Text>
      {visible.length === 0 ? (
        <Text dimColor>{emptyText}</Text>
      ) : (
        visible.map((item, index) => {
          const here = start + index === cursor;
          const line = `${here ? '>' : ' '} ${fitCells(
            sanitizeLine(item.label),
            labelWidth,
          )}  ${sanitizeLine(item.detail ?? '')}`;
          return (
            <Text key={item.key} inverse={here}>
              {fitCells(line, width)}
            </Text>
          );
        })
      )}
    </Box>
  );
}
