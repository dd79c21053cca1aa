import { findingCursor } from '../store/finding-cursor.js';
import type {
  Finding,
  FindingCursor,
  FindingFilter,
  FindingSort,
} from '../store/types.js';
import type { TriageStore } from './triage-store.js';

/**
 * The rows on screen and where they sit in the whole result. Only these
 * rows are ever loaded; moving past an edge asks the store for the next
 * rows after (or before) the edge row's sort key, never by offset.
 */
export interface FindingWindow {
  rows: Finding[];
  /** Index of the cursor row in `rows`. */
  cursor: number;
  /** Position of rows[0] in the whole result, tracked as the window moves. */
  offset: number;
}

export interface WindowQuery {
  store: TriageStore;
  filter: FindingFilter;
  sort: FindingSort;
  /** Rows the screen shows. */
  size: number;
}

export const EMPTY_WINDOW: FindingWindow = { rows: [], cursor: 0, offset: 0 };

/** The keyset cursor of a row under a sort. */
export function cursorOf(row: Finding, sort: FindingSort): FindingCursor {
  return findingCursor(row, sort.column);
}

/** Up to `limit` rows after (or before) `row`, in sort order. */
function page(
  query: WindowQuery,
  side: 'after' | 'before',
  row: Finding,
  limit: number,
): Finding[] {
  if (limit <= 0) return [];
  const { store, filter, sort } = query;
  return store.findingPage({
    filter,
    sort,
    limit,
    [side]: cursorOf(row, sort),
  });
}

const after = (query: WindowQuery, row: Finding, limit: number) =>
  page(query, 'after', row, limit);

const before = (query: WindowQuery, row: Finding, limit: number) =>
  page(query, 'before', row, limit);

export function firstWindow(query: WindowQuery): FindingWindow {
  const { store, filter, sort, size } = query;
  return {
    rows: store.findingPage({ filter, sort, limit: size }),
    cursor: 0,
    offset: 0,
  };
}

/** The last rows, cursor on the last; `total` places the offset. */
export function lastWindow(query: WindowQuery, total: number): FindingWindow {
  const { store, filter, sort, size } = query;
  const reversed = { ...sort, descending: !sort.descending };
  const rows = store.findingPage({ filter, sort: reversed, limit: size });
  rows.reverse();
  return {
    rows,
    cursor: Math.max(0, rows.length - 1),
    offset: Math.max(0, total - rows.length),
  };
}

/** Moves the cursor by `delta` rows, scrolling the window as needed. */
export function moveCursor(
  query: WindowQuery,
  window: FindingWindow,
  delta: number,
): FindingWindow {
  const target = window.cursor + delta;
  if (target >= 0 && target < window.rows.length) {
    return { ...window, cursor: target };
  }

  const last = window.rows.at(-1);
  const first = window.rows[0];
  if (first === undefined || last === undefined) return window;

  if (target >= window.rows.length) {
    const extra = after(query, last, target - window.rows.length + 1);
    const rows = [...window.rows, ...extra];
    const drop = Math.max(0, rows.length - query.size);
    return {
      rows: rows.slice(drop),
      cursor: Math.min(target, rows.length - 1) - drop,
      offset: window.offset + drop,
    };
  }

  const extra = before(query, first, -target);
  const rows = [...extra, ...window.rows].slice(0, query.size);
  return {
    rows,
    cursor: Math.max(0, target + extra.length),
    offset: window.offset - extra.length,
  };
}

/**
 * Scrolls the window by `delta` rows with the cursor keeping its place on
 * screen (page and half-page moves); at an end the cursor moves instead.
 */
export function scrollWindow(
  query: WindowQuery,
  window: FindingWindow,
  delta: number,
): FindingWindow {
  const first = window.rows[0];
  const last = window.rows.at(-1);
  if (first === undefined || last === undefined) return window;

  if (delta > 0) {
    const extra = after(query, last, delta);
    const rows = [...window.rows.slice(extra.length), ...extra];
    const cursor = Math.min(
      rows.length - 1,
      window.cursor + delta - extra.length,
    );
    return { rows, cursor, offset: window.offset + extra.length };
  }

  const extra = before(query, first, -delta);
  const rows = [...extra, ...window.rows].slice(0, query.size);
  const cursor = Math.max(0, window.cursor + delta + extra.length);
  return { rows, cursor, offset: window.offset - extra.length };
}

/**
 * Reloads the window around a finding after the data, filter, sort or
 * size changed: the cursor stays on that finding when it still matches,
 * otherwise on the row that now follows its old place.
 */
export function reloadWindow(
  query: WindowQuery,
  window: FindingWindow,
): FindingWindow {
  const anchor = window.rows[window.cursor];
  if (anchor === undefined || query.size <= 0) return firstWindow(query);

  const { store, filter, sort } = query;
  const [current] = store.findingPage({
    filter: { ...filter, ids: [anchor.id] },
    sort,
    limit: 1,
  });
  const above = Math.min(window.cursor, query.size - 1);
  const head = before(query, current ?? anchor, above);
  const room = query.size - head.length;
  const body =
    current === undefined
      ? after(query, anchor, room)
      : [current, ...after(query, current, room - 1)];
  const rows = [...head, ...body];
  // Short at the end: pull earlier rows in so the screen stays full.
  const top = rows[0];
  const earlier =
    top === undefined ? [] : before(query, top, query.size - rows.length);
  const all = [...earlier, ...rows];
  if (all.length === 0) return EMPTY_WINDOW;

  const cursor = Math.min(head.length + earlier.length, all.length - 1);
  return {
    rows: all,
    cursor,
    offset: Math.max(0, window.offset + window.cursor - cursor),
  };
}
