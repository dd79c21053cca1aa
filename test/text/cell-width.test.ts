import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import cellWidth, {
  ONE_CELL_OR_WIDE_TEXT,
  ONE_CELL_TEXT,
} from '../../source/text/cell-width.js';

/** Every BMP character the pattern takes. */
function charactersOf(pattern: RegExp): string[] {
  const characters: string[] = [];
  for (let code = 0; code <= 0xffff; code++) {
    const character = String.fromCharCode(code);
    if (pattern.test(character)) characters.push(character);
  }

  return characters;
}

const segmenter = new Intl.Segmenter();
const clusterCount = (text: string) => [...segmenter.segment(text)].length;

describe('the fast paths', () => {
  const fast = charactersOf(ONE_CELL_OR_WIDE_TEXT);

  it('take one-cell text and the CJK blocks', () => {
    expect(fast.length).toBeGreaterThan(40_000);
    expect(
      ONE_CELL_OR_WIDE_TEXT.test('漢字 かな カナ 한국어 ＡＢ 〇、。'),
    ).toBe(true);
    for (const character of charactersOf(ONE_CELL_TEXT)) {
      expect(ONE_CELL_OR_WIDE_TEXT.test(character)).toBe(true);
    }
  });

  it('take only characters string-width counts as one cell as such', () => {
    const wrong = charactersOf(ONE_CELL_TEXT).filter(
      (character) => stringWidth(character) !== 1,
    );

    expect(wrong).toEqual([]);
  });

  it('measure each character like string-width, alone or between', () => {
    const wrong = fast.filter(
      (character) =>
        cellWidth(character) !== stringWidth(character) ||
        cellWidth(`a${character}b`) !== stringWidth(`a${character}b`),
    );

    expect(wrong).toEqual([]);
  });

  it('take no character that joins a grapheme cluster', () => {
    // Each character between letters, and next to its neighbours in the
    // set, is a cluster of its own.
    const joined = fast.filter(
      (character, index) =>
        clusterCount(`a${character}b`) !== 3 ||
        clusterCount(character + (fast[index + 1] ?? 'a')) !== 2,
    );

    expect(joined).toEqual([]);
  });

  it('leave out what joins, modifies or draws nothing', () => {
    const excluded = [
      '\u302a', // ideographic tone mark: combining
      '\u302f',
      '\u3099', // combining dakuten
      '\u309a',
      '\u1100', // conjoining jamo
      '\u11a8',
      '\ua960',
      '\ud7b0',
      '\u3164', // Hangul filler: default ignorable
      '\uffa0',
      '\ufe0f', // variation selectors
      '\ufe00',
      '\u200d', // ZWJ
      '\u200b',
      '\u00ad',
      '\u3030', // emoji
      '\u303d',
      '\u3297',
      '\u3299',
      '\ud83d', // surrogates
      '\udc4d',
      '\uff9e', // halfwidth voiced mark: joins the cluster before it
    ];

    expect(excluded.filter((text) => ONE_CELL_OR_WIDE_TEXT.test(text))).toEqual(
      [],
    );
  });
});

describe('cellWidth', () => {
  it('measures like string-width, colours or not', () => {
    const samples = [
      '',
      'plain ascii',
      '● new      high     10.0.0.1 host… 443/tcp',
      '\x1b[31mcrit\x1b[39m \x1b[7m▼ café “quoted” — x\x1b[27m',
      'ドキュメント 漏洩',
      '\x1b[1m漢字\x1b[22m かな',
      '한국어 텍스트 ＡＢＣ１２３　。',
      '\x1b]8;;https://x.example\x07link\x1b]8;;\x07',
      '\x1b[2K漢字',
    ];

    for (const sample of samples) {
      expect([sample, cellWidth(sample)]).toEqual([
        sample,
        stringWidth(sample),
      ]);
    }
  });

  it('hands what it cannot measure to string-width', () => {
    const samples = [
      '👍 emoji',
      '漢字👍',
      '👩‍💻 ZWJ',
      '👨‍👩‍👧‍👦',
      '🇯🇵 flag',
      '🇯',
      'e\u0301 combining',
      'か\u3099 dakuten',
      '漢\u302a',
      'ｶﾞ halfwidth',
      '\u1100\u1161 jamo',
      '\u1100\u1161\u11a8',
      '\u1100',
      '가\u11a8',
      '\u3164',
      'x\u3164y',
      '漢\ufe0f',
      '❤\ufe0f',
      '\u3297\ufe0f',
      '\u3030',
      '1\ufe0f\u20e3',
      '#\u20e3',
      'สวัสดี',
      'नमस्ते',
      'مرحبا',
      'தமிழ்',
      'Ελληνικά Кириллица',
      '𠀋 plane 2',
      '\ud800 lone',
      'zero\u200bwidth',
      'soft\u00adhyphen',
      '\x1b[31m👍\x1b[39m',
    ];

    for (const sample of samples) {
      expect([sample, cellWidth(sample)]).toEqual([
        sample,
        stringWidth(sample),
      ]);
    }
  });

  it('follows string-width for its options', () => {
    const samples = ['…●', '漢字…', '\x1b[31mab\x1b[39m', '一'];
    const options = [
      { ambiguousIsNarrow: false },
      { ambiguousIsNarrow: true },
      { countAnsiEscapeCodes: true },
    ];

    for (const sample of samples) {
      for (const option of options) {
        expect(cellWidth(sample, option)).toBe(stringWidth(sample, option));
      }
    }
  });
});
