import { Box, Text } from 'ink';
import { useCallback, useMemo } from 'react';
import type { IssueSummary } from '../../store/types.js';
import { fitCells } from '../../text/layout.js';
import type { Keymap } from '../keymap.js';
import { isCursorMove, moveCursor } from '../list-cursor.js';
import type { TriageStore } from '../store-port.js';
import { useLatest } from '../use-latest.js';
import { useSyncReducer } from '../use-sync-reducer.js';
import { useViewKeys, type ViewKey } from '../use-view-keys.js';
import {
  type DetailLine,
  findingDetailLines,
  wrapDetailLines,
} from './detail-lines.js';

export interface FindingDetailViewProps {
  store: TriageStore;
  findingId: number;
  keymap: Keymap;
  width: number;
  height: number;
  /** Changes when the store changed (dataVersion): the finding reloads. */
  refresh?: number;
  /** The ticket key, with the finding's linked issues. */
  onTicket: (linked: IssueSummary[]) => void;
  isActive?: boolean;
}

const TONES: Record<
  DetailLine['tone'],
  { color?: string; bold?: boolean; dimColor?: boolean }
> = {
  heading: { bold: true },
  added: { color: 'green' },
  removed: { color: 'red' },
  dim: { dimColor: true },
  plain: {},
};

function scroll(
  top: number,
  action: { command: string; lineCount: number; page: number },
): number {
  const stops = Math.max(1, action.lineCount - action.page + 1);
  return moveCursor(top, action.command, stops, action.page);
}

/** One finding in full, scrollable: text, remark, issues, history, diff. */
export function FindingDetailView(props: FindingDetailViewProps) {
  const { store, findingId, keymap, width, height, refresh } = props;
  // biome-ignore lint/correctness/useExhaustiveDependencies: refresh reloads after a store change
  const detail = useMemo(
    () => store.finding(findingId),
    [store, findingId, refresh],
  );
  const lines = useMemo(
    () => (detail ? wrapDetailLines(findingDetailLines(detail), width) : []),
    [detail, width],
  );
  const [top, dispatch] = useSyncReducer(scroll, () => 0);
  const rows = Math.max(1, height - 1);
  const latest = useLatest({ props, detail, lines, rows });

  const onKeys = useCallback(
    (keys: ViewKey[]) => {
      const { props, detail, lines, rows } = latest.current;
      for (const key of keys) {
        if (!('command' in key)) continue;
        if (isCursorMove(key.command)) {
          dispatch({
            command: key.command,
            lineCount: lines.length,
            page: rows,
          });
        } else if (key.command === 'ticket.open' && detail) {
          props.onTicket(detail.linkedIssues);
        }
      }
    },
    [dispatch, latest],
  );
  useViewKeys(keymap, 'finding-detail', onKeys, props.isActive ?? true);

  if (!detail) {
    return <Text color="red">finding {findingId} no longer exists</Text>;
  }

  const first = Math.min(top, Math.max(0, lines.length - rows));
  const shown = lines.slice(first, first + rows);
  const position = `lines ${first + 1}-${first + shown.length} of ${lines.length}`;

  return (
    <Box flexDirection="column" width={width}>
      {shown.map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
        <Text key={first + index} {...TONES[line.tone]}>
          {fitCells(line.text, width)}
        </Text>
      ))}
      <Text dimColor>{fitCells(position, width, 'right')}</Text>
    </Box>
  );
}
