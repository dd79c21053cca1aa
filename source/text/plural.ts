/**
 * A count with its noun: `1 finding`, `37 findings`. Nouns that do not
 * take an s give their plural.
 */
export function plural(
  count: number,
  noun: string,
  nouns = `${noun}s`,
): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}
