import {
  styledCharsFromTokens,
  styledCharsToString,
  tokenize,
} from '@alcalzone/ansi-tokenize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// Ink's own Output, which the bundle replaces: not in Ink's exports.
import InkOutput from '../../node_modules/ink/build/output.js';
import FrameOutput from '../../source/ui/frame-output.js';

type Output = InkOutput | FrameOutput;

type Op =
  | { type: 'write'; x: number; y: number; text: string; upper: boolean }
  | { type: 'clip'; x1?: number; x2?: number; y1?: number; y2?: number }
  | { type: 'unclip' };

const RED = (text: string) => `\x1b[31m${text}\x1b[39m`;
const INVERSE = (text: string) => `\x1b[7m${text}\x1b[27m`;

// Text like the screen's: plain, coloured, wide and combining characters.
const piece = fc.oneof(
  fc.constantFrom('a', 'host', ' ', '  ', '…', '●', '漢字', 'é', 'e\u0301'),
  fc.constantFrom('😀', '👩‍💻', 'ｆｕｌｌ', '10.0.0.1', '\t'),
);
const styledPiece = fc
  .tuple(piece, fc.constantFrom(0, 1, 2))
  .map(([text, style]) => [text, RED(text), INVERSE(text)][style] as string);
const line = fc.array(styledPiece, { maxLength: 6 }).map((p) => p.join(''));
const text = fc
  .array(line, { minLength: 1, maxLength: 3 })
  .map((lines) => lines.join('\n'));
const coordinate = fc.integer({ min: -2, max: 14 });
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: writeOp() },
  {
    weight: 1,
    arbitrary: fc.record(
      {
        type: fc.constant('clip' as const),
        x1: coordinate,
        x2: coordinate,
        y1: coordinate,
        y2: coordinate,
      },
      { requiredKeys: ['type'] },
    ),
  },
  { weight: 1, arbitrary: fc.constant({ type: 'unclip' as const }) },
);

function writeOp(): fc.Arbitrary<Op> {
  return fc.record({
    type: fc.constant('write' as const),
    x: coordinate,
    y: coordinate,
    text,
    upper: fc.boolean(),
  });
}

function draw(output: Output, ops: readonly Op[]): string {
  for (const each of ops) {
    if (each.type === 'write') {
      const transformers = each.upper
        ? [(line: string, index: number) => `${index}${line.toUpperCase()}`]
        : [];
      output.write(each.x, each.y, each.text, { transformers });
    } else if (each.type === 'clip') {
      const { x1, x2, y1, y2 } = each;
      output.clip({ x1, x2, y1, y2 });
    } else {
      output.unclip();
    }
  }

  return output.get().output;
}

/** What a terminal shows: the same characters with the same styles. */
function shown(frame: string): string {
  return frame
    .split('\n')
    .map((row) =>
      styledCharsToString(styledCharsFromTokens(tokenize(row))).trimEnd(),
    )
    .join('\n');
}

const size = { width: 12, height: 8 };

describe('FrameOutput', () => {
  it('shows what Ink shows for any writes and clips', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 8 }), (ops) => {
        const ink = draw(new InkOutput(size), ops);
        const frame = draw(new FrameOutput(size), ops);

        expect(shown(frame)).toBe(shown(ink));
        expect(frame.split('\n')).toHaveLength(size.height);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps a single write of a row as it is', () => {
    const output = new FrameOutput(size);
    output.write(2, 1, RED('漢字 ok'), { transformers: [] });

    expect(output.get().output.split('\n')[1]).toBe(`  ${RED('漢字 ok')}`);
  });

  it('lays writes that meet on one row over each other', () => {
    const output = new FrameOutput(size);
    output.write(0, 0, 'abcdefgh', { transformers: [] });
    output.write(2, 0, INVERSE('XY'), { transformers: [] });

    expect(output.get().output.split('\n')[0]).toBe(`ab${INVERSE('XY')}efgh`);
  });

  it('reports the height it was given, even when rows are empty', () => {
    expect(new FrameOutput(size).get()).toEqual({
      output: '\n'.repeat(size.height - 1),
      height: size.height,
    });
  });
});
