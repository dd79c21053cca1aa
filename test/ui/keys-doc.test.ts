import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keysMarkdown } from '../../source/ui/help-lines.js';
import { createKeymap } from '../../source/ui/keymap.js';

const README = join(import.meta.dirname, '..', '..', 'README.md');
const START = '<!-- keys:start -->';
const END = '<!-- keys:end -->';

/**
 * The README's key table is generated from the keymap. After changing the
 * keymap, run `UPDATE_KEYS=1 npx vitest run test/ui/keys-doc.test.ts`.
 */
describe('README key table', () => {
  it('equals the table generated from the keymap', () => {
    const readme = readFileSync(README, 'utf8');
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);

    const table = `\n${keysMarkdown(createKeymap())}\n`;
    if (process.env.UPDATE_KEYS) {
      const updated =
        readme.slice(0, start + START.length) + table + readme.slice(end);
      writeFileSync(README, updated);
      return;
    }

    expect(readme.slice(start + START.length, end)).toBe(table);
  });
});
