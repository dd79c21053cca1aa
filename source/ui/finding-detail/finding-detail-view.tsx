import { Box, Text } from 'ink';
import { useMemo } from 'react';
import { fitCells } from '../../text/layout.js';
import type { Theme } from '../theme.js';
import type { FindingDetailOverlay } from '../triage/overlays.js';
import {
  type DetailLine,
  findingDetailLines,
  wrapDetailLines,
} from './detail-lines.js';

interface FindingDetailViewProps {
  overlay: FindingDetailOverlay;
  theme: Theme;
  width: number;
  height: number;
}

function toneProps(tone: DetailLine['tone'], theme: Theme) {
  switch (tone) {
    case 'heading':
      return { bold: true };
    case 'added':
      return { color: theme.accent && 'green' };
    case 'removed':
      return { color: theme.error };
    case 'dim':
      return { dimColor: theme.dim };
    default:
      return {};
  }
}

/** One finding in full, scrollable: text, remark, issues, history, diff. */
export function FindingDetailView({
  overlay,
  theme,
  width,
  height,
}: FindingDetailViewProps) {
  const { detail } = overlay;
  const lines = useMemo(
    () => (detail ? wrapDetailLines(findingDetailLines(detail), width) : []),
    [detail, width],
  );
  if (!detail) return <Text>This finding no longer exists.</Text>;

  const rows = Math.max(1, height - 1);
  const first = Math.min(overlay.scroll, Math.max(0, lines.length - rows));
  const shown = lines.slice(first, first + rows);
  const last = first + shown.length;
  const position = `lines ${first + 1}-${last} of ${lines.length}`;

  return (
    <Box flexDirection="column" width={width} height={height}>
      {shown.map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
        <Text key={first + index} {...toneProps(line.tone, theme)}>
          {fitCells(line.text, width)}
        </Text>
      ))}
      <Text dimColor={theme.dim}>{fitCells(position, width, 'right')}</Text>
    </Box>
  );
}
