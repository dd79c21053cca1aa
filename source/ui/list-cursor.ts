/** Cursor moves shared by every list in these views. */
const MOVES: Record<
  string,
  (cursor: number, count: number, page: number) => number
> = {
  'cursor.down': (cursor) => cursor + 1,
  'cursor.up': (cursor) => cursor - 1,
  'cursor.top': () => 0,
  'cursor.bottom': (_cursor, count) => count - 1,
  'cursor.pageDown': (cursor, _count, page) => cursor + page,
  'cursor.pageUp': (cursor, _count, page) => cursor - page,
  'cursor.halfDown': (cursor, _count, page) => cursor + Math.ceil(page / 2),
  'cursor.halfUp': (cursor, _count, page) => cursor - Math.ceil(page / 2),
  'picker.down': (cursor) => cursor + 1,
  'picker.up': (cursor) => cursor - 1,
};

/** True when the command moves a list cursor. */
export function isCursorMove(command: string): boolean {
  return command in MOVES;
}

/** The cursor after a move, kept inside 0..count-1. */
export function moveCursor(
  cursor: number,
  command: string,
  count: number,
  page: number,
): number {
  const move = MOVES[command];
  if (!move || count === 0) return 0;
  return clampCursor(move(cursor, count, Math.max(1, page)), count);
}

export function clampCursor(cursor: number, count: number): number {
  return Math.max(0, Math.min(count - 1, cursor));
}

/** The first visible row so that the cursor stays on screen. */
export function windowStart(
  cursor: number,
  count: number,
  height: number,
): number {
  if (count <= height) return 0;
  const centred = cursor - Math.floor(height / 2);
  return Math.max(0, Math.min(count - height, centred));
}
