import { eastAsianWidth } from 'get-east-asian-width';
import { graphemes } from './graphemes.js';
import { stringWidth } from './string-width-on-demand.js';

// Characters one terminal cell wide: printable ASCII, Latin letters and
// signs, general punctuation (quotes, dashes, `…`), arrows, box drawing,
// geometric shapes (`● ▲ ▼ ◀ ▶`), and sanitize.ts's placeholders (`␛`,
// `⟪RLO⟫`, U+FFFD).
const ONE_CELL =
  '\\x20-\\x7e\\u00a0-\\u00ac\\u00ae-\\u02ff' +
  '\\u2010-\\u2027\\u2030-\\u205e\\u2190-\\u21ff\\u2400-\\u2426' +
  '\\u2500-\\u25fc\\u27ea\\u27eb\\ufffd';

// The East Asian wide and fullwidth characters of the BMP's CJK, Hangul
// syllable and fullwidth form blocks, less all that joins or changes a
// grapheme cluster or may draw nothing: combining kana marks
// (U+302A-302F, U+3099-309A), the Hangul filler U+3164, emoji (U+3030,
// U+303D, U+3297, U+3299). Conjoining jamo, variation selectors, ZWJ and
// surrogates lie outside these ranges.
const WIDE =
  '\\u2e80-\\u2e99\\u2e9b-\\u2ef3\\u2f00-\\u2fd5\\u2ff0-\\u3029' +
  '\\u3031-\\u303c\\u303e\\u3041-\\u3096\\u309b-\\u30ff\\u3105-\\u312f' +
  '\\u3131-\\u3163\\u3165-\\u318e\\u3190-\\u31e5\\u31ef-\\u321e' +
  '\\u3220-\\u3247\\u3250-\\u3296\\u3298\\u329a-\\u9fff\\uac00-\\ud7a3' +
  '\\uf900-\\ufa6d\\ufa70-\\ufad9\\ufe10-\\ufe19\\ufe30-\\ufe52' +
  '\\ufe54-\\ufe66\\ufe68-\\ufe6b\\uff01-\\uff60\\uffe0-\\uffe6';

/**
 * Text whose width is its length. Everything the screen draws around scan
 * text is in it, and Ink measures every line of every frame. Tests check
 * each character against string-width.
 */
export const ONE_CELL_TEXT = new RegExp(`^[${ONE_CELL}]*$`);

/**
 * One-cell text that may hold CJK and Hangul syllables too. Each of its
 * characters is a grapheme cluster of its own, so it needs no segmenting:
 * its width is the sum of its characters' East Asian widths. Tests check
 * each character against string-width.
 */
export const ONE_CELL_OR_WIDE_TEXT = new RegExp(`^[${ONE_CELL}${WIDE}]*$`);

// Ink colours text with SGR sequences only.
// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC starts SGR
const SGR = /\x1b\[[0-9;]*m/g;

type Options = Parameters<typeof stringWidth>[1];

/**
 * Cells the text occupies in a terminal; string-width's contract, which
 * the bundle gives Ink's packages in its place. One-cell and CJK text,
 * coloured or not, is measured here; string-width, loaded on first need,
 * measures the rest (emoji, combining marks, other scripts).
 */
export default function cellWidth(input: string, options?: Options): number {
  const plain =
    typeof input === 'string' && input.includes('\x1b')
      ? input.replace(SGR, '')
      : input;
  const fast =
    typeof plain === 'string' &&
    options?.countAnsiEscapeCodes !== true &&
    options?.ambiguousIsNarrow !== false
      ? fastWidth(plain)
      : undefined;

  if (fast !== undefined) return fast;
  return plain.length > LONG_TEXT && options?.countAnsiEscapeCodes !== true
    ? widthInPieces(plain, options)
    : stringWidth(input, options);
}

/** Longer than any screen line: only whole scan text gets this long. */
const LONG_TEXT = 4096;

/**
 * string-width segments its whole input at once, and V8's segmenter slows
 * down quadratically with length: long text is measured in pieces cut
 * between grapheme clusters.
 */
function widthInPieces(text: string, options: Options): number {
  let width = 0;
  let piece = '';
  for (const cluster of graphemes(text)) {
    piece += cluster;
    if (piece.length >= 1024) {
      width += stringWidth(piece, options);
      piece = '';
    }
  }

  return width + stringWidth(piece, options);
}

function fastWidth(text: string): number | undefined {
  if (ONE_CELL_TEXT.test(text)) return text.length;
  if (!ONE_CELL_OR_WIDE_TEXT.test(text)) return undefined;

  let width = 0;
  for (let index = 0; index < text.length; index++) {
    width += eastAsianWidth(text.charCodeAt(index));
  }

  return width;
}
