/**
 * Width-aware layout for sanitized text: columns are counted in terminal
 * cells, so wide CJK characters and emoji keep a table aligned.
 */

import stringWidth from 'string-width';

const ELLIPSIS = '…';
const segmenter = new Intl.Segmenter();

/** Cells the text occupies in a terminal. */
export function cellWidth(text: string): number {
  return stringWidth(text);
}

/**
 * Cuts text to at most `width` cells, ending in `…` when cut. A wide
 * character never straddles the edge.
 */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  if (text.length <= width && isNarrow(text)) return text;
  if (stringWidth(text) <= width) return text;

  let out = '';
  let used = 0;
  for (const { segment } of segmenter.segment(text)) {
    const cells = stringWidth(segment);
    if (used + cells > width - 1) break;
    out += segment;
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
  const gap = ' '.repeat(Math.max(0, width - stringWidth(cut)));
  return align === 'left' ? cut + gap : gap + cut;
}

// Printable ASCII is one cell per character: skip the segmenter.
function isNarrow(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text);
}
