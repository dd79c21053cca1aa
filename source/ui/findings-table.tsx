import { Box, Text } from 'ink';
import { fitCells } from '../text/layout.js';
import type { AppState } from './app-state.js';
import { cellText } from './finding-cells.js';
import { inRange } from './selection.js';
import { layoutColumns } from './table-columns.js';
import type { Theme } from './theme.js';

const SORT_COLUMNS: Record<string, string> = {
  status: 'status',
  severity: 'severity',
  host: 'host',
  port: 'port',
  plugin: 'plugin',
  finding: 'finding',
};

interface FindingsTableProps {
  state: AppState;
  theme: Theme;
  width: number;
  height: number;
}

/** Column titles and the visible finding rows, nothing more. */
export function FindingsTable({
  state,
  theme,
  width,
  height,
}: FindingsTableProps) {
  const columns = layoutColumns(width);
  const { window, selection, sort } = state.findings;
  const arrow = sort.descending ? '▼' : '▲';
  const titles = columns
    .map((column) => {
      const sorted = SORT_COLUMNS[column.id] === sort.column;
      return fitCells(
        sorted ? `${column.title}${arrow}` : column.title,
        column.width,
      );
    })
    .join(' ');

  return (
    <Box flexDirection="column" height={height} width={width}>
      <Text bold wrap="truncate">
        {fitCells(
          sort.column === 'id' ? `${titles} id${arrow}` : titles,
          width,
        )}
      </Text>
      {window.rows.length === 0 && (
        <Text wrap="truncate">No findings match the filter.</Text>
      )}
      {window.rows.map((finding, index) => {
        const marked = selection.has(finding.id) || inRange(state, index);
        const isCursor = index === window.cursor;
        return (
          <Text key={finding.id} inverse={isCursor} wrap="truncate">
            {columns.map((column, at) => (
              <Text
                key={column.id}
                color={
                  isCursor
                    ? undefined
                    : column.id === 'severity'
                      ? theme.severity(finding.severity)
                      : column.id === 'status'
                        ? theme.status(finding.status)
                        : undefined
                }
              >
                {at > 0 ? ' ' : ''}
                {cellText(finding, column, marked)}
              </Text>
            ))}
          </Text>
        );
      })}
    </Box>
  );
}
