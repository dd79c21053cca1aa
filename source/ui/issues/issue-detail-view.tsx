import { Box, Text } from 'ink';
import type { Finding } from '../../store/types.js';
import { fitCells } from '../../text/layout.js';
import { firstLine, sanitizeLine, sanitizeLines } from '../../text/sanitize.js';
import { issueLabel } from '../action-result.js';
import { windowStart } from '../list-cursor.js';
import type { Theme } from '../theme.js';
import type { IssueDetailOverlay } from '../triage/overlays.js';

interface IssueDetailViewProps {
  overlay: IssueDetailOverlay;
  theme: Theme;
  width: number;
  height: number;
}

const DESCRIPTION_LINES = 3;

function findingRow(finding: Finding, marked: boolean, width: number) {
  return fitCells(
    [
      marked ? '*' : ' ',
      fitCells(finding.status, 8),
      fitCells(finding.severity, 8),
      fitCells(sanitizeLine(finding.host), 15),
      fitCells(sanitizeLine(finding.port), 9),
      fitCells(sanitizeLine(finding.plugin), 14),
      firstLine(finding.finding),
    ].join(' '),
    width,
  );
}

/** An issue: its fields, description and linked findings with status. */
export function IssueDetailView({
  overlay,
  theme,
  width,
  height,
}: IssueDetailViewProps) {
  const { issue, cursor, selected } = overlay;
  const description = sanitizeLines(issue.description).slice(
    0,
    DESCRIPTION_LINES,
  );
  const rows = Math.max(1, height - 3 - description.length);
  const start = windowStart(cursor, issue.findings.length, rows);
  const marked = selected.size > 0 ? `, ${selected.size} selected` : '';
  const rule = `── Linked findings (${issue.findings.length}${marked}) `;

  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold>
        {fitCells(
          `${sanitizeLine(issueLabel(issue))}  ${sanitizeLine(issue.name)}`,
          width,
        )}
      </Text>
      <Text>
        {fitCells(
          `severity ${issue.severity} · status ${issue.status} · ` +
            `${sanitizeLine(issue.workspace)} · ${issue.linkedCount} linked, ` +
            `${issue.presentCount} present`,
          width,
        )}
      </Text>
      {description.map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
        <Text key={index} dimColor={theme.dim}>
          {fitCells(line, width)}
        </Text>
      ))}
      <Text bold>{fitCells(rule.padEnd(width, '─'), width)}</Text>
      {issue.findings.length === 0 ? (
        <Text>No findings are linked.</Text>
      ) : null}
      {issue.findings.slice(start, start + rows).map((finding, index) => (
        <Text key={finding.id} inverse={start + index === cursor}>
          {findingRow(finding, selected.has(finding.id), width)}
        </Text>
      ))}
    </Box>
  );
}
