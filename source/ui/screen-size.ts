/** Below this the screen says so instead of drawing a broken layout. */
export const MIN_WIDTH = 60;
export const MIN_HEIGHT = 12;

/** Lines around the findings table: header, column titles, 3 footer. */
const CHROME_LINES = 5;

export function isTooSmall(width: number, height: number): boolean {
  return width < MIN_WIDTH || height < MIN_HEIGHT;
}

/** Finding rows that fit on a screen of this height. */
export function tableRows(height: number): number {
  return Math.max(1, height - CHROME_LINES);
}
