const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/**
 * Plain text from the small HTML fragments scanners put in descriptions
 * (`<p>…</p>`, `<br>`, `<a>`): block ends become line breaks, other tags
 * go, the common entities are decoded. Not a sanitizer: the text stays
 * untrusted and is cleaned for the terminal where it is shown.
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<\s*br\s*\/?>/gi, '\n')
    .replace(/<\/\s*(p|li|div|h\d)\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, decodeEntity)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

function decodeEntity(entity: string, name: string): string {
  const lower = name.toLowerCase();
  if (lower.startsWith('#')) {
    const code = lower.startsWith('#x')
      ? Number.parseInt(lower.slice(2), 16)
      : Number.parseInt(lower.slice(1), 10);
    const valid = Number.isInteger(code) && code > 0 && code <= 0x10ffff;
    return valid ? String.fromCodePoint(code) : entity;
  }

  return NAMED_ENTITIES[lower] ?? entity;
}
