/**
 * A block of scanner text tidied for display: trailing spaces and blank
 * lines at either end removed, and, when the block was indented as a
 * whole, that indentation taken away. A block is indented as a whole when
 * its text starts on a line of its own (NSE output) or when it ends with
 * the indentation of a closing tag (pretty-printed XML); the indentation of
 * the lines after the first is then the layout's, not the scanner's.
 */
export function cleanBlock(text: string): string {
  const lines = text.split(/\r?\n/).map((line) => line.trimEnd());
  const first = lines[0] ?? '';
  const indented = first.trim() === '' || /\n[ \t]+$/.test(text);

  const rest = lines.slice(1);
  const cut = indented ? commonIndent(rest) : 0;
  const cleaned = [first.trimStart(), ...rest.map((line) => line.slice(cut))];

  return cleaned.join('\n').replace(/^\n+|\n+$/g, '');
}

/** `text` without the lines that match `pattern`. */
export function withoutLines(text: string, pattern: RegExp): string {
  return text
    .split('\n')
    .filter((line) => !pattern.test(line))
    .join('\n');
}

function commonIndent(lines: readonly string[]): number {
  const indents = lines
    .filter((line) => line !== '')
    .map((line) => line.length - line.trimStart().length);

  return indents.length > 0 ? Math.min(...indents) : 0;
}
