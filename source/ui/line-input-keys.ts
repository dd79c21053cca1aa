/** What a key does to a one-line input. */
export type LineInputResult =
  | { kind: 'edit'; text: string }
  | { kind: 'submit' }
  | { kind: 'cancel' };

/**
 * Edits a one-line input by key name: bound commands first, then any
 * single character (pasted text arrives as one key per character).
 */
export function lineInputKey(
  text: string,
  key: string,
  commandId: string | undefined,
): LineInputResult {
  switch (commandId) {
    case 'input.submit':
      return { kind: 'submit' };
    case 'input.cancel':
      return { kind: 'cancel' };
    case 'input.deleteBack':
      return { kind: 'edit', text: [...text].slice(0, -1).join('') };
    case 'input.clear':
      return { kind: 'edit', text: '' };
  }

  if (key === 'space') return { kind: 'edit', text: `${text} ` };
  if ([...key].length === 1) return { kind: 'edit', text: text + key };
  return { kind: 'edit', text };
}
