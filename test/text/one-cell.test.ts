import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { cellWidth, fitCells, truncate } from '../../source/text/layout.js';
import oneCellStringWidth, {
  ONE_CELL_TEXT,
} from '../../source/text/one-cell.js';

/** Every BMP character the fast path takes. */
function oneCellCharacters(): string[] {
  const characters: string[] = [];
  for (let code = 0; code <= 0xffff; code++) {
    const character = String.fromCharCode(code);
    if (ONE_CELL_TEXT.test(character)) characters.push(character);
  }

  return characters;
}

describe('the one-cell fast path', () => {
  it('takes only characters string-width counts as one cell', () => {
    const wrong = oneCellCharacters().filter(
      (character) => stringWidth(character) !== 1,
    );

    expect(wrong).toEqual([]);
  });

  it('measures like string-width, colours or not', () => {
    const samples = [
      'plain ascii',
      '● new      high     10.0.0.1 host… 443/tcp',
      '\x1b[31mcrit\x1b[39m \x1b[7m▼ café “quoted” — x\x1b[27m',
      'ドキュメント 漏洩',
      'e\u0301 combining',
      '👍 emoji',
      '\x1b]8;;https://x.example\x07link\x1b]8;;\x07',
      '',
    ];

    for (const sample of samples) {
      expect(oneCellStringWidth(sample)).toBe(stringWidth(sample));
      expect(cellWidth(sample)).toBe(stringWidth(sample));
    }
  });

  it('counts ambiguous characters as wide when asked to', () => {
    const options = { ambiguousIsNarrow: false };

    expect(oneCellStringWidth('…●', options)).toBe(stringWidth('…●', options));
  });

  it('truncates one-cell text at the width with an ellipsis', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abcd', 4)).toBe('abcd');
    expect(truncate('café au lait', 5)).toBe('café…');
    expect(truncate('ab', 1)).toBe('…');
    expect(fitCells('ab…', 5)).toBe('ab…  ');
    expect(fitCells('漏洩漏洩', 5)).toBe('漏洩…');
  });
});
