import { describe, expect, it } from 'vitest';
import { cellWidth, fitCells, truncate } from '../../source/text/layout.js';
import {
  firstLine,
  sanitizeLine,
  sanitizeLines,
} from '../../source/text/sanitize.js';

/** Any byte a terminal would act on. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the bytes under test
const TERMINAL_CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/;

const hostile = [
  '\x1b[2J\x1b[H wiped',
  '\x1b]8;;https://evil.example/\x07click\x1b]8;;\x07',
  '\x1b]52;c;ZWNobyBwd25lZA==\x07',
  '\x1b]0;new title\x1b\\',
  '\x1bP+q544e\x1b\\',
  '\x1b_apc payload\x1b\\',
  '\x1b^pm\x1b\\ and \x1bXsos\x1b\\',
  '\x9b31m eight-bit CSI \x9d0;t\x9c',
  'bell\x07 back\b\b cr\r over',
  'safe\u202egnp.exe',
  '\u2066isolated\u2069 \u200e\u200f \u061c',
  'nul\x00 del\x7f',
  'lone \ud800 surrogate',
];

describe('sanitizeLine', () => {
  it.each(hostile)('leaves no terminal control in %j', (text) => {
    const safe = sanitizeLine(text);
    expect(safe).not.toMatch(TERMINAL_CONTROL);
    expect(safe).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/);
    expect(safe).not.toMatch(/[\ud800-\udfff]/u);
  });

  it('shows each control as a visible placeholder', () => {
    expect(sanitizeLine('\x1b[31mred')).toBe('␛[31mred');
    expect(sanitizeLine('\x1b]52;c;AA==\x07')).toBe('␛]52;c;AA==␇');
    expect(sanitizeLine('a\x9bb\x85')).toBe('a<9B>b<85>');
    expect(sanitizeLine('x\u202ey')).toBe('x⟪RLO⟫y');
    expect(sanitizeLine('\u2067z\u2069')).toBe('⟪RLI⟫z⟪PDI⟫');
    expect(sanitizeLine('\x00\x7f')).toBe('␀␡');
    expect(sanitizeLine('a\nb')).toBe('a␊b');
  });

  it('keeps ordinary text, wide characters and emoji unchanged', () => {
    const text = 'Apache 2.4 — 漢字 😀 👩‍💻 café';
    expect(sanitizeLine(text)).toBe(text);
  });

  it('expands tabs to 8-column stops, counting wide characters', () => {
    expect(sanitizeLine('a\tb')).toBe('a       b');
    expect(sanitizeLine('\tx')).toBe('        x');
    expect(sanitizeLine('漢字\tx')).toBe('漢字    x');
    expect(sanitizeLine('\x1b\tx')).toBe('␛       x');
  });
});

describe('sanitizeLines and firstLine', () => {
  it('splits CRLF, LF and CR', () => {
    expect(sanitizeLines('a\r\nb\nc\rd\x1b')).toEqual(['a', 'b', 'c', 'd␛']);
  });

  it('finds the first line with content', () => {
    expect(firstLine('\n  \n  Port 443 open\nmore')).toBe('Port 443 open');
    expect(firstLine('')).toBe('');
  });
});

describe('layout', () => {
  it('counts cells, not characters', () => {
    expect(cellWidth('漢字')).toBe(4);
    expect(cellWidth('😀')).toBe(2);
    expect(cellWidth('abc')).toBe(3);
  });

  it('truncates to cells without splitting a wide character', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abc', 3)).toBe('abc');
    expect(truncate('漢字漢字', 5)).toBe('漢字…');
    expect(cellWidth(truncate('漢字漢字', 4))).toBeLessThanOrEqual(4);
    expect(truncate('👩‍💻👩‍💻x', 4)).toBe('👩‍💻…');
    expect(truncate('abc', 0)).toBe('');
  });

  it('pads to exactly the width, either side', () => {
    expect(fitCells('ab', 4)).toBe('ab  ');
    expect(fitCells('ab', 4, 'right')).toBe('  ab');
    expect(cellWidth(fitCells('漢字漢字x', 6))).toBe(6);
    expect(cellWidth(fitCells('漢字', 3))).toBe(3);
  });
});
