import { Box, Text } from 'ink';
import { fitCells } from '../text/layout.js';
import { helpLines } from './help-lines.js';
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
  const rows = Math.max(1, height - 1);
  const top = Math.min(scroll, Math.max(0, lines.length - rows));
  return (
    <Box flexDirection="column" height={height} width={width}>
      <Text bold wrap="truncate">
        {fitCells('Keys (Esc or ? closes)', width)}
      </Text>
      <Text wrap="truncate">
        {lines
          .slice(top, top + rows)
          .map((line) => fitCells(line, width))
          .join('\n')}
      </Text>
    </Box>
  );
}
