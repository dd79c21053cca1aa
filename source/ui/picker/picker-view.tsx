import { Box, Text } from 'ink';
import { fitCells } from '../../text/layout.js';
import { sanitizeLine } from '../../text/sanitize.js';
import { windowStart } from '../list-cursor.js';
import type { PickerOverlay } from '../triage/overlays.js';
import { matchItems } from './picker-reducer.js';

interface PickerViewProps {
  picker: PickerOverlay;
  width: number;
  height: number;
}

/** A titled list with its search line; the cursor row is inverse. */
export function PickerView({ picker, width, height }: PickerViewProps) {
  const rows = Math.max(1, height - 2);
  const matches = matchItems(picker.items, picker.picker.query);
  const cursor = Math.min(
    picker.picker.cursor,
    Math.max(0, matches.length - 1),
  );
  const start = windowStart(cursor, matches.length, rows);
  const visible = matches.slice(start, start + rows);
  const labelWidth = Math.min(
    Math.max(4, ...visible.map((item) => sanitizeLine(item.label).length)),
    Math.floor(width / 2),
  );

  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold>{fitCells(sanitizeLine(picker.title), width)}</Text>
      <Text>
        {fitCells(`search: ${sanitizeLine(picker.picker.query)}▏`, width)}
      </Text>
      {visible.length === 0 ? <Text>{picker.emptyText}</Text> : null}
      {visible.map((item, index) => {
        const here = start + index === cursor;
        const label = fitCells(sanitizeLine(item.label), labelWidth);
        const detail = sanitizeLine(item.detail ?? '');
        const line = `${here ? '>' : ' '} ${label}  ${detail}`;
        return (
          <Text key={item.key} inverse={here}>
            {fitCells(line, width)}
          </Text>
        );
      })}
    </Box>
  );
}
