import { Text } from 'ink';
import { MIN_HEIGHT, MIN_WIDTH } from './screen-size.js';

/** Shown instead of the layout when the terminal is too small for it. */
export function TooSmall({ width, height }: { width: number; height: number }) {
  return (
    <Text wrap="truncate">
      {`Too small: ${width}x${height}, ` +
        `need ${MIN_WIDTH}x${MIN_HEIGHT} (q quits)`}
    </Text>
  );
}
