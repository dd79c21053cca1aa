import stringWidth from 'string-width';

/**
 * Text made only of characters that take one terminal cell each, so its
 * width is its length: printable ASCII, Latin letters and signs, general
 * punctuation (quotes, dashes, `…`), arrows, box drawing and geometric
 * shapes (`● ▲ ▼ ◀ ▶`). Everything the screen draws around scan text is
 * in it; string-width would segment such text grapheme by grapheme, and
 * it runs on every row of every frame. A test checks each character
 * against string-width.
 */
export const ONE_CELL_TEXT = new RegExp(
  '^[\\x20-\\x7e\\u00a0-\\u00ac\\u00ae-\\u02ff' +
    '\\u2010-\\u2027\\u2030-\\u205e\\u2190-\\u21ff\\u2500-\\u25fc]*$',
);

// Ink colours text with SGR sequences only.
// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC starts SGR
const SGR = /\x1b\[[0-9;]*m/g;

/**
 * string-width with a fast path for one-cell text, colours allowed: the
 * bundle gives it to Ink, which measures every line of every frame.
 */
export default function oneCellStringWidth(
  input: string,
  options?: Parameters<typeof stringWidth>[1],
): number {
  const plain =
    typeof input === 'string' && input.includes('\x1b')
      ? input.replace(SGR, '')
      : input;
  const fast =
    typeof plain === 'string' &&
    options?.countAnsiEscapeCodes !== true &&
    options?.ambiguousIsNarrow !== false &&
    ONE_CELL_TEXT.test(plain);

  return fast ? plain.length : stringWidth(input, options);
}
