/**
 * Width-aware layout for sanitized text: columns are counted in terminal
 * cells, so wide CJK characters and emoji keep a table aligned.
 */

import cellWidth, {
  ONE_CELL_OR_WIDE_TEXT,
  ONE_CELL_TEXT,
} from './cell-width.js';

export { cellWidth };

const ELLIPSIS = '…';

// The first segmenter costs ~16 ms; one-cell and CJK text needs none.
let segmenter: Intl.Segmenter | undefined;

/** The text's grapheme clusters, in order. */
function* clusters(text: string): Generator<string> {
  if (ONE_CELL_OR_WIDE_TEXT.test(text)) {
    yield* text;
    return;
  }

  segmenter ??= new Intl.Segmenter();
  for (const { segment } of segmenter.segment(text)) yield segment;
}

/**
 * Cuts text to at most `width` cells, ending in `…` when cut. A wide
 * character never straddles the edge.
 */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  if (ONE_CELL_TEXT.test(text)) {
    return text.length <= width ? text : text.slice(0, width - 1) + ELLIPSIS;
  }
  if (cellWidth(text) <= width) return text;

  let out = '';
  let used = 0;
  for (const cluster of clusters(text)) {
    const cells = cellWidth(cluster);
    if (used + cells > width - 1) break;
    out += cluster;
    used += cells;
  }

  return out + ELLIPSIS;
}

/** Text truncated or padded with spaces to exactly `width` cells. */
export function fitCells(
  text: string,
  width: number,
  align: 'left' | 'right' = 'left',
): string {
  const cut = truncate(text, width);
  const gap = ' '.repeat(Math.max(0, width - cellWidth(cut)));
  return align === 'left' ? cut + gap : gap + cut;
}
