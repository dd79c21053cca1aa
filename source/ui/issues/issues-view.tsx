import { Box, Text } from 'ink';
import type { IssueSummary } from '../../store/types.js';
import { fitCells } from '../../text/layout.js';
import { sanitizeLine } from '../../text/sanitize.js';
import { windowStart } from '../list-cursor.js';
import type { Theme } from '../theme.js';
import type { IssuesOverlay } from '../triage/overlays.js';

interface IssuesViewProps {
  overlay: IssuesOverlay;
  theme: Theme;
  width: number;
  height: number;
}

const HEADER = [
  fitCells('REF', 12),
  fitCells('SEVERITY', 9),
  fitCells('STATUS', 7),
  fitCells('LINKED', 6, 'right'),
  fitCells('PRESENT', 7, 'right'),
  'NAME',
].join(' ');

function cells(issue: IssueSummary, nameWidth: number): string[] {
  return [
    fitCells(sanitizeLine(issue.extRef || `#${issue.id}`), 12),
    fitCells(issue.severity, 9),
    fitCells(issue.status, 7),
    fitCells(String(issue.linkedCount), 6, 'right'),
    fitCells(String(issue.presentCount), 7, 'right'),
    fitCells(sanitizeLine(issue.name), nameWidth),
  ];
}

/** The issues of the workspace with how many findings are still present. */
export function IssuesView({ overlay, theme, width, height }: IssuesViewProps) {
  const { issues, cursor } = overlay;
  const rows = Math.max(1, height - 1);
  const start = windowStart(cursor, issues.length, rows);
  const nameWidth = Math.max(8, width - 48);

  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold>{fitCells(HEADER, width)}</Text>
      {issues.length === 0 ? (
        <Text>
          No issues in this workspace: select findings and create one.
        </Text>
      ) : null}
      {issues.slice(start, start + rows).map((issue, index) => {
        const [ref, severity, ...rest] = cells(issue, nameWidth);
        return (
          <Text
            key={issue.id}
            inverse={start + index === cursor}
            wrap="truncate"
          >
            {`${ref} `}
            <Text color={theme.severity(issue.severity)}>{severity}</Text>
            {` ${rest.join(' ')}`}
          </Text>
        );
      })}
    </Box>
  );
}
