/**
 * Tidies scanner prose for display: trims every line (pretty-printed XML
 * indents wrapped text), drops blank lines at either end and squeezes runs
 * of blank lines into one.
 */
export function tidyText(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Joins the non-empty parts of a finding text with blank lines. */
export function joinSections(parts: readonly (string | undefined)[]): string {
  return parts
    .filter((part): part is string => Boolean(part?.trim()))
    .join('\n\n');
}
