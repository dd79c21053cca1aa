import { describe, expect, it } from 'vitest';
import { cellWidth } from '../../source/text/layout.js';
import { wrapWords } from '../../source/text/wrap.js';

describe('wrapWords', () => {
  it('breaks between words, dropping the space it breaks at', () => {
    expect(wrapWords('the quick brown fox', 10)).toEqual([
      'the quick',
      'brown fox',
    ]);
  });

  it("keeps the line's indentation, not a continuation's spaces", () => {
    expect(wrapWords('    port 23   open   telnet', 12)).toEqual([
      '    port 23',
      'open',
      'telnet',
    ]);
  });

  it('cuts a word wider than the line between characters', () => {
    expect(wrapWords('see https://example.com/a/long/path', 10)).toEqual([
      'see',
      'https://ex',
      'ample.com/',
      'a/long/pat',
      'h',
    ]);
  });

  it('counts wide characters as two cells', () => {
    expect(wrapWords('漢字 漢字漢字 ab', 5)).toEqual([
      '漢字',
      '漢字',
      '漢字',
      'ab',
    ]);
  });

  it('leaves a line that fits, or an empty one, as it is', () => {
    expect(wrapWords('  fits  ', 8)).toEqual(['  fits  ']);
    expect(wrapWords('', 8)).toEqual(['']);
  });

  it('never gives a row wider than the width, nor loses a word', () => {
    const line = 'a bb ccc dddd eeeee ffffff 漢字漢字漢字 ggggggggggggggg h';
    for (let width = 2; width < 30; width += 1) {
      for (const row of wrapWords(line, width)) {
        expect(cellWidth(row), `${width}: ${row}`).toBeLessThanOrEqual(width);
      }
      expect(wrapWords(line, width).join('').replaceAll(' ', '')).toBe(
        line.replaceAll(' ', ''),
      );
    }
  });
});
