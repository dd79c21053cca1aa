import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import cellWidth from '../../source/text/cell-width.js';
import { graphemes } from '../../source/text/graphemes.js';
import { truncate } from '../../source/text/layout.js';
import { wrapWords } from '../../source/text/wrap.js';

const segmenter = new Intl.Segmenter();
const whole = (text: string) =>
  Array.from(segmenter.segment(text), ({ segment }) => segment);

// Pieces that join into clusters, or not, across any window edge.
const piece = fc.constantFrom(
  'a',
  ' ',
  'é',
  'e\u0301',
  '\u0301',
  '漢',
  '😀',
  '👩‍💻',
  '\u200d',
  '🇫🇷',
  '🇫',
  '\ufe0f',
  '각',
  '\u1100\u1161\u11a8',
  '\r\n',
);

afterEach(() => vi.restoreAllMocks());

describe('graphemes', () => {
  it('gives the clusters Intl.Segmenter gives for the whole text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 400 }), (pieces) => {
        const text = pieces.join('');
        expect([...graphemes(text)]).toEqual(whole(text));
      }),
      { numRuns: 300 },
    );
  });

  it('never hands the segmenter more than a window of text', () => {
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    const text = '👩‍💻 e\u0301 漢'.repeat(5000);

    expect([...graphemes(text)].join('')).toBe(text);
    const longest = Math.max(...segment.mock.calls.map(([t]) => t.length));
    expect(longest).toBeLessThanOrEqual(256);
  });

  it('cuts a cluster longer than a window rather than stall', () => {
    const zalgo = `a${'\u0301'.repeat(1000)}b`;
    expect([...graphemes(zalgo)].join('')).toBe(zalgo);
  });
});

describe('a 200,000-character line of scan output', () => {
  const run = 'D'.repeat(200_000);
  const mixed = `😀${'e\u0301'.repeat(100_000)}`;

  it('wraps, truncates and measures without segmenting it whole', () => {
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');

    expect(wrapWords(run, 100)).toHaveLength(2000);
    expect(wrapWords(mixed, 100).join('')).toBe(mixed);
    expect(truncate(mixed, 6)).toBe('😀e\u0301e\u0301e\u0301…');
    expect(cellWidth(mixed)).toBe(100_002);
    const longest = Math.max(...segment.mock.calls.map(([t]) => t.length));
    expect(longest).toBeLessThanOrEqual(1300);
  });
});
