/**
 * Width-aware layout for sanitized text: columns are counted in terminal
 * cells, so wide CJK characters and emoji keep a table aligned.
 */

import cellWidth, {
  ONE_CELL_OR_WIDE_TEXT,
  ONE_CELL_TEXT,
} from './cell-width.js';
import { graphemes } from './graphemes.js';

export { cellWidth };

const ELLIPSIS = '…';

/** The text's grapheme clusters; one-cell and CJK text needs no segmenting. */
function clusters(text: string): Iterable<string> {
  return ONE_CELL_OR_WIDE_TEXT.test(text) ? text : graphemes(text);
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

  // Walks no further than the width: scan text can be one huge line.
  let out = '';
  let used = 0;
  let fits = '';
  for (const cluster of clusters(text)) {
    const cells = cellWidth(cluster);
    if (used + cells > width) return fits + ELLIPSIS;
    if (used + cells <= width - 1) fits += cluster;
    out += cluster;
    used += cells;
  }

  return out;
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
