import { Box, Text } from 'ink';
import { fitCells } from '../text/layout.js';
import { helpLines, helpSpan } from './help-lines.js';
import type { Keymap } from './keymap.js';

interface HelpViewProps {
  keymap: Keymap;
  scroll: number;
  width: number;
  height: number;
}

/** Every key of every view, from the keymap table; scrolls with j/k. */
export function HelpView({ keymap, scroll, width, height }: HelpViewProps) {
  const lines = helpLines(keymap);
  const { first, end } = helpSpan(lines.length, scroll, height);
  return (
    <Box flexDirection="column" height={height} width={width}>
      <Text bold wrap="truncate">
        {fitCells('Keys (Esc or ? closes)', width)}
      </Text>
      <Text wrap="truncate">
        {lines
          .slice(first, end)
          .map((line) => fitCells(line, width))
          .join('\n')}
      </Text>
    </Box>
  );
}
