import { describe, expect, it } from 'vitest';
import cellWidth from '../../source/text/cell-width.js';
import { fitCells, truncate } from '../../source/text/layout.js';
import { sanitizeLine } from '../../source/text/sanitize.js';
import { stringWidthLoaded } from '../../source/text/string-width-on-demand.js';

// One file of its own: the loaded module stays loaded for the file's tests.
describe('string-width on demand', () => {
  it('is not loaded for one-cell and CJK text', () => {
    expect(stringWidthLoaded()).toBe(false);

    cellWidth('\x1b[31m● new\x1b[39m café …');
    cellWidth('漏洩 한국어 ＡＢ');
    truncate('ドキュメント漏洩', 5);
    fitCells('漢字 abc', 10, 'right');
    sanitizeLine('漢字\tx\x1b');

    expect(stringWidthLoaded()).toBe(false);
  });

  it('is loaded for the first text that needs it', () => {
    expect(cellWidth('👍')).toBe(2);
    expect(stringWidthLoaded()).toBe(true);
  });
});
