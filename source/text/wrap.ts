import { graphemes } from './graphemes.js';
import { cellWidth } from './layout.js';

/**
 * Word-wraps one sanitized line to `width` terminal cells. Breaks at
 * spaces and drops the space it breaks at; keeps the line's own leading
 * indentation (scan output is often indented); cuts a word wider than the
 * line between characters. wrap-ansi either trims that indentation or
 * starts continuations with spaces, hence this.
 */
export function wrapWords(line: string, width: number): string[] {
  if (width < 1 || cellWidth(line) <= width) return [line];

  const rows: string[] = [];
  let row = '';
  let used = 0;
  const breakRow = () => {
    rows.push(row.trimEnd());
    row = '';
    used = 0;
  };

  for (const token of line.match(/ +|[^ ]+/g) ?? []) {
    const cells = cellWidth(token);
    if (token.startsWith(' ')) {
      if (row === '' && rows.length > 0) continue;
      row += token;
      used += cells;
      continue;
    }

    if (used + cells > width && row.trim() !== '') breakRow();
    if (cells <= width - used) {
      row += token;
      used += cells;
      continue;
    }

    for (const character of graphemes(token)) {
      const characterCells = cellWidth(character);
      if (used + characterCells > width && row !== '') breakRow();
      row += character;
      used += characterCells;
    }
  }

  if (row !== '' || rows.length === 0) rows.push(row.trimEnd());
  return rows;
}
