import { Box, Text } from 'ink';
import { fitCells } from '../text/layout.js';
import { sanitizeLine } from '../text/sanitize.js';
import { FACET_FIELDS, type Overlay } from './app-state.js';

interface FacetPickerViewProps {
  picker: Extract<Overlay, { kind: 'facet-picker' }>;
  width: number;
  height: number;
}

/** Field tabs, then the field's values with counts under the filter. */
export function FacetPickerView({
  picker,
  width,
  height,
}: FacetPickerViewProps) {
  const rows = Math.max(1, height - 1);
  const top = Math.max(0, picker.cursor - rows + 1);
  const tabs = FACET_FIELDS.map((field, index) =>
    index === picker.field ? `[${field}]` : ` ${field} `,
  ).join(' ');
  const countWidth = Math.max(
    5,
    ...picker.values.map((value) => String(value.count).length),
  );

  return (
    <Box flexDirection="column" height={height} width={width}>
      <Text bold wrap="truncate">
        {fitCells(`Narrow by: ${tabs}`, width)}
      </Text>
      {picker.values.length === 0 && <Text>No values under this filter.</Text>}
      {picker.values.slice(top, top + rows).map((value, index) => (
        <Text
          key={value.key}
          inverse={top + index === picker.cursor}
          wrap="truncate"
        >
          {fitCells(
            `${String(value.count).padStart(countWidth)}  ` +
              sanitizeLine(value.value),
            width,
          )}
        </Text>
      ))}
    </Box>
  );
}
