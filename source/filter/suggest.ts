/** Edits (insert, delete, replace) that turn one word into the other. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const replace = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      const remove = (previous[j] ?? 0) + 1;
      const insert = (current[j - 1] ?? 0) + 1;
      current.push(Math.min(replace, remove, insert));
    }

    previous = current;
  }

  return previous[b.length] ?? 0;
}

/** Typos this far from a known word are taken for it. */
const MAX_EDITS = 2;

/** The known word closest to a mistyped one, when one is close enough. */
export function closest(
  word: string,
  known: readonly string[],
): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestEdits = Math.min(MAX_EDITS, lower.length - 1) + 1;
  for (const candidate of known) {
    const edits = editDistance(lower, candidate);
    if (edits < bestEdits) {
      best = candidate;
      bestEdits = edits;
    }
  }

  return best;
}
