/**
 * Makes text from scan files and users safe to draw. Nothing that a
 * terminal interprets survives: each control character becomes a visible
 * placeholder, which also defuses every escape sequence (CSI, OSC 8 and 52,
 * DCS, APC, PM, SOS) because its introducer is shown instead of sent.
 *
 * The scheme:
 * - C0 controls and DEL: their Unicode control pictures (`␛`, `␇`, `␡`);
 * - C1 controls (U+0080–U+009F): their code in angle brackets (`<9B>`);
 * - bidi and line-breaking format characters: their abbreviation in
 *   double angle brackets (`⟪RLO⟫`, `⟪LS⟫`);
 * - lone surrogates: U+FFFD.
 * Tabs expand to the next multiple of 8 columns. Line breaks are shown as
 * `␊`/`␍`; callers that draw several lines split first (sanitizeLines).
 */

import {
  CONTROL_CHARACTERS,
  INVISIBLE_FORMATTING,
} from '../domain/invisible.js';
import cellWidth from './cell-width.js';

const TAB_STOP = 8;

const FORMAT_NAMES: Record<number, string> = {
  1564: 'ALM',
  8203: 'ZWSP',
  8206: 'LRM',
  8207: 'RLM',
  8232: 'LS',
  8233: 'PS',
  8234: 'LRE',
  8235: 'RLE',
  8236: 'PDF',
  8237: 'LRO',
  8238: 'RLO',
  8294: 'LRI',
  8295: 'RLI',
  8296: 'FSI',
  8297: 'PDI',
  65279: 'BOM',
};

// Everything placeholder() rewrites, so clean text takes the fast path.
// Lone surrogates too: they cannot be drawn.
const UNSAFE = new RegExp(
  `[${CONTROL_CHARACTERS}${INVISIBLE_FORMATTING}\\ud800-\\udfff]`,
);

function placeholder(code: number): string | undefined {
  if (code < 0x20) return String.fromCodePoint(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  if (code >= 0x80 && code <= 0x9f) {
    return `<${code.toString(16).toUpperCase()}>`;
  }

  const name = FORMAT_NAMES[code];
  if (name !== undefined) return `⟪${name}⟫`;
  if (code >= 0xd800 && code <= 0xdfff) return '\ufffd';
  return undefined;
}

/** One line of untrusted text, safe to draw; tabs expanded. */
export function sanitizeLine(text: string): string {
  if (!UNSAFE.test(text)) return text;

  let out = '';
  let column = 0;
  let run = '';
  const flush = () => {
    out += run;
    column += cellWidth(run);
    run = '';
  };
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if (code === 0x09) {
      flush();
      const spaces = TAB_STOP - (column % TAB_STOP);
      out += ' '.repeat(spaces);
      column += spaces;
      continue;
    }

    run += placeholder(code) ?? character;
  }

  flush();
  return out;
}

/** Untrusted multi-line text as safe lines (CRLF, LF or CR breaks). */
export function sanitizeLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/).map(sanitizeLine);
}

/** The first line with any content, safe to draw, trimmed. */
export function firstLine(text: string): string {
  const line = text.split(/\r\n|\n|\r/).find((part) => part.trim() !== '');
  return sanitizeLine(line?.trim() ?? '');
}
