/** Below this the screen says so instead of drawing a broken layout. */
export const MIN_WIDTH = 60;
export const MIN_HEIGHT = 12;

/**
 * The bottom line of the terminal stays empty: Ink 6.8 clears the whole
 * terminal, scrollback included (ESC[3J), before every frame as tall as
 * the terminal, but redraws only its own lines below that height.
 */
const SPARE_LINES = 1;

/** Lines around the findings table: header, column titles, 3 footer. */
const CHROME_LINES = 5;

export function isTooSmall(width: number, height: number): boolean {
  return width < MIN_WIDTH || height < MIN_HEIGHT;
}

/** Lines the screen draws on a terminal of this height. */
export function frameHeight(height: number): number {
  return height - SPARE_LINES;
}

/** Finding rows that fit on a screen of this height. */
export function tableRows(height: number): number {
  return Math.max(1, frameHeight(height) - CHROME_LINES);
}

/** Lines of the pane between header and footer (a table's titles too). */
export function paneRows(height: number): number {
  return tableRows(height) + 1;
}
