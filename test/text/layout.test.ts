import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { fitCells, truncate } from '../../source/text/layout.js';

// The layout before the CJK fast path: string-width and a segmenter for
// all but one-cell text. Its results are the reference.
const segmenter = new Intl.Segmenter();

function truncateBefore(text: string, width: number): string {
  if (width <= 0) return '';
  if (stringWidth(text) <= width) return text;

  let out = '';
  let used = 0;
  for (const { segment } of segmenter.segment(text)) {
    const cells = stringWidth(segment);
    if (used + cells > width - 1) break;
    out += segment;
    used += cells;
  }

  return `${out}…`;
}

function fitCellsBefore(
  text: string,
  width: number,
  align: 'left' | 'right',
): string {
  const cut = truncateBefore(text, width);
  const gap = ' '.repeat(Math.max(0, width - stringWidth(cut)));
  return align === 'left' ? cut + gap : gap + cut;
}

const CASES = [
  'plain ascii text',
  'café “quoted” — x',
  '漢字漢字',
  'ドキュメント漏洩の脆弱性',
  'Apache 2.4.x < 2.4.60 複数の脆弱性',
  '한국어 취약점 보고서',
  'ＡＢＣ１２３　全角',
  '〇、。「引用」',
  'a漢b字c',
  '漢字👍 emoji',
  '👩‍💻👩‍💻x',
  'か\u3099き\u3099',
  '\u1100\u1161\u11a8 jamo',
  'ｶﾞｷﾞ halfwidth',
  'สวัสดี ครับ',
  '␛[31m ⟪RLO⟫ \ufffd',
  '',
];

describe('truncate and fitCells', () => {
  it('give the results of the layout before the CJK fast path', () => {
    for (const text of CASES) {
      for (let width = 0; width <= 24; width++) {
        const got = [
          truncate(text, width),
          fitCells(text, width),
          fitCells(text, width, 'right'),
        ];
        const before = [
          truncateBefore(text, width),
          fitCellsBefore(text, width, 'left'),
          fitCellsBefore(text, width, 'right'),
        ];

        expect([text, width, got]).toEqual([text, width, before]);
      }
    }
  });

  it('truncate one-cell text at the width with an ellipsis', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abcd', 4)).toBe('abcd');
    expect(truncate('café au lait', 5)).toBe('café…');
    expect(truncate('ab', 1)).toBe('…');
    expect(fitCells('ab…', 5)).toBe('ab…  ');
    expect(fitCells('漏洩漏洩', 5)).toBe('漏洩…');
  });
});
