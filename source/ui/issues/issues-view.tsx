import { Box, Text } from 'ink';
import { useCallback, useMemo } from 'react';
import type { IssueSummary } from '../../store/types.js';
import { fitCells } from '../../text/layout.js';
import { sanitizeLine } from '../../text/sanitize.js';
import type { Keymap } from '../keymap.js';
import { isCursorMove, moveCursor, windowStart } from '../list-cursor.js';
import type { TriageStore } from '../store-port.js';
import { useLatest } from '../use-latest.js';
import { useSyncReducer } from '../use-sync-reducer.js';
import { useViewKeys, type ViewKey } from '../use-view-keys.js';

export interface IssuesViewProps {
  store: TriageStore;
  workspaceId: number;
  keymap: Keymap;
  width: number;
  /** Rows for the view, its column header included. */
  height: number;
  /** Changes when the store changed (dataVersion): the list reloads. */
  refresh?: number;
  onOpen: (issue: IssueSummary) => void;
  onEdit: (issue: IssueSummary) => void;
  onTicket: (issue: IssueSummary) => void;
  isActive?: boolean;
}

const HEADER = [
  fitCells('REF', 12),
  fitCells('SEVERITY', 9),
  fitCells('STATUS', 7),
  fitCells('LINKED', 6, 'right'),
  fitCells('PRESENT', 7, 'right'),
  'NAME',
].join(' ');

function row(issue: IssueSummary, nameWidth: number): string {
  return [
    fitCells(sanitizeLine(issue.extRef || `#${issue.id}`), 12),
    fitCells(issue.severity, 9),
    fitCells(issue.status, 7),
    fitCells(String(issue.linkedCount), 6, 'right'),
    fitCells(String(issue.presentCount), 7, 'right'),
    fitCells(sanitizeLine(issue.name), nameWidth),
  ].join(' ');
}

function reduceCursor(
  cursor: number,
  action: { command: string; count: number; page: number },
): number {
  return moveCursor(cursor, action.command, action.count, action.page);
}

/** The issues of a workspace; Enter opens one. */
export function IssuesView(props: IssuesViewProps) {
  const { store, workspaceId, keymap, width, height, refresh } = props;
  // biome-ignore lint/correctness/useExhaustiveDependencies: refresh reloads after a store change
  const issues = useMemo(
    () => store.issues({ workspaceId }),
    [store, workspaceId, refresh],
  );
  const [cursor, dispatch, current] = useSyncReducer(reduceCursor, () => 0);
  const rows = Math.max(1, height - 1);
  const latest = useLatest({ props, issues, rows });

  const onKeys = useCallback(
    (keys: ViewKey[]) => {
      const { props, issues, rows } = latest.current;
      for (const key of keys) {
        if (!('command' in key)) continue;
        if (isCursorMove(key.command)) {
          dispatch({ command: key.command, count: issues.length, page: rows });
          continue;
        }

        const issue = issues[Math.min(current(), issues.length - 1)];
        if (!issue) continue;
        if (key.command === 'issue.detail') props.onOpen(issue);
        if (key.command === 'issue.edit') props.onEdit(issue);
        if (key.command === 'ticket.open') props.onTicket(issue);
      }
    },
    [current, dispatch, latest],
  );
  useViewKeys(keymap, 'issues', onKeys, props.isActive ?? true);

  const at = Math.min(cursor, Math.max(0, issues.length - 1));
  const start = windowStart(at, issues.length, rows);
  const nameWidth = Math.max(8, width - 48);

  return (
    <Box flexDirection="column" width={width}>
      <Text bold>{fitCells(HEADER, width)}</Text>
      {issues.length === 0 ? (
        <Text dimColor>
          no issues in this workspace: select findings and create one
        </Text>
      ) : (
        issues.slice(start, start + rows).map((issue, index) => (
          <Text key={issue.id} inverse={start + index === at}>
            {fitCells(row(issue, nameWidth), width)}
          </Text>
        ))
      )}
    </Box>
  );
}
