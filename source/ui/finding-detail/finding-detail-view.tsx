import { Box, Text } from 'ink';
import { fitCells } from '../../text/layout.js';
import { scrollSpan } from '../scroll-span.js';
import type { Theme } from '../theme.js';
import type { FindingDetailOverlay } from '../triage/overlays.js';
import { detailLayout } from './detail-layout.js';
import type { DetailLine } from './detail-lines.js';

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

/**
 * One finding in full, scrollable: text, remark, issues, history, diff.
 * The footer says which lines are shown.
 */
export function FindingDetailView({
  overlay,
  theme,
  width,
  height,
}: FindingDetailViewProps) {
  const { detail } = overlay;
  if (!detail) return <Text>This finding no longer exists.</Text>;

  const lines = detailLayout(detail, width);
  const { first, end } = scrollSpan(overlay.scroll, lines.length, height);

  return (
    <Box flexDirection="column" width={width} height={height}>
      {lines.slice(first, end).map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
        <Text key={first + index} {...toneProps(line.tone, theme)}>
          {fitCells(line.text, width)}
        </Text>
      ))}
    </Box>
  );
}
