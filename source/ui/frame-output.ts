import {
  type StyledChar,
  styledCharsFromTokens,
  styledCharsToString,
  tokenize,
} from '@alcalzone/ansi-tokenize';
import sliceAnsi from 'slice-ansi';
import stringWidth from '../text/cell-width.js';

/**
 * Ink's Output, which the bundle uses in place of Ink 6.8's own
 * (scripts/bundle-plugins.js). Ink cuts every line of every frame into
 * styled characters, lays them on a grid and joins them again: most of a
 * frame's CPU when every row changes, as on page down. A row that a single
 * write covers is that write's text, padded on the left; only rows where
 * writes meet (borders, dialogs over the table) take Ink's way. Same
 * interface and same frames as Ink's Output (test/ui/frame-output.test.ts).
 */
export default class FrameOutput {
  readonly width: number;
  readonly height: number;
  private readonly operations: Operation[] = [];

  constructor(options: { width: number; height: number }) {
    this.width = options.width;
    this.height = options.height;
  }

  write(
    x: number,
    y: number,
    text: string,
    options: { transformers: Transformer[] },
  ): void {
    if (!text) return;

    this.operations.push({
      type: 'write',
      x,
      y,
      text,
      transformers: options.transformers,
    });
  }

  clip(clip: Clip): void {
    this.operations.push({ type: 'clip', clip });
  }

  unclip(): void {
    this.operations.push({ type: 'unclip' });
  }

  get(): { output: string; height: number } {
    const rows: Placement[][] = Array.from({ length: this.height }, () => []);
    const clips: Clip[] = [];

    for (const operation of this.operations) {
      if (operation.type === 'clip') clips.push(operation.clip);
      else if (operation.type === 'unclip') clips.pop();
      else this.place(operation, clips.at(-1), rows);
    }

    const output = rows
      .map((placements) => this.row(placements).trimEnd())
      .join('\n');
    return { output, height: rows.length };
  }

  /** Puts a write's lines on their rows, clipped as Ink clips them. */
  private place(write: Write, clip: Clip | undefined, rows: Placement[][]) {
    let { x, y } = write;
    let lines = write.text.split('\n');

    if (clip) {
      const clipped = clipLines(lines, x, y, clip);
      if (!clipped) return;
      ({ lines, x, y } = clipped);
    }

    // As Ink does: a line below the last row ends the write, and so does
    // a first line above the top.
    for (const [index, line] of lines.entries()) {
      const row = rows[y + index];
      if (!row) return;

      let text = line;
      for (const transformer of write.transformers) {
        text = transformer(text, index);
      }
      row.push({ x, text });
    }
  }

  private row(placements: Placement[]): string {
    const [only] = placements;
    if (only === undefined) return '';
    // Ink drops what lies left of the row and closes gaps right of it.
    if (placements.length === 1 && only.x >= 0 && only.x <= this.width) {
      return ' '.repeat(only.x) + only.text;
    }

    return styledCharsToString(this.grid(placements));
  }

  /** Ink's way: writes laid over each other on a row of styled cells. */
  private grid(placements: Placement[]): StyledChar[] {
    const cells: (StyledChar | undefined)[] = Array.from(
      { length: this.width },
      () => ({ type: 'char', value: ' ', fullWidth: false, styles: [] }),
    );

    for (const { x, text } of placements) {
      let column = x;
      for (const character of styledCharsFromTokens(tokenize(text))) {
        cells[column] = character;
        const width = Math.max(1, stringWidth(character.value));
        for (let cell = 1; cell < width; cell += 1) {
          cells[column + cell] = {
            type: 'char',
            value: '',
            fullWidth: false,
            styles: character.styles,
          };
        }
        column += width;
      }
    }

    return cells.filter((cell) => cell !== undefined);
  }
}

type Transformer = (line: string, index: number) => string;

interface Clip {
  x1: number | undefined;
  x2: number | undefined;
  y1: number | undefined;
  y2: number | undefined;
}

interface Write {
  type: 'write';
  x: number;
  y: number;
  text: string;
  transformers: Transformer[];
}

type Operation = Write | { type: 'clip'; clip: Clip } | { type: 'unclip' };

interface Placement {
  x: number;
  text: string;
}

/** The part of a write inside the clip, or undefined when none is. */
function clipLines(
  lines: string[],
  x: number,
  y: number,
  clip: Clip,
): { lines: string[]; x: number; y: number } | undefined {
  const { x1, x2, y1, y2 } = clip;
  const widths = lines.map((line) => stringWidth(line));

  if (x1 !== undefined && x2 !== undefined) {
    const widest = Math.max(0, ...widths);
    if (x + widest < x1 || x > x2) return undefined;
  }
  if (y1 !== undefined && y2 !== undefined) {
    if (y + lines.length < y1 || y > y2) return undefined;
  }

  let clipped = lines;
  if (x1 !== undefined && x2 !== undefined) {
    clipped = clipped.map((line, index) => {
      const width = widths[index] ?? 0;
      const from = x < x1 ? x1 - x : 0;
      const to = x + width > x2 ? x2 - x : width;
      return sliceAnsi(line, from, to);
    });
    if (x < x1) x = x1;
  }
  if (y1 !== undefined && y2 !== undefined) {
    const from = y < y1 ? y1 - y : 0;
    const to = y + clipped.length > y2 ? y2 - y : clipped.length;
    clipped = clipped.slice(from, to);
    if (y < y1) y = y1;
  }

  return { lines: clipped, x, y };
}
