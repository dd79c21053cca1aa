import { stripVTControlCharacters } from 'node:util';
import { render } from 'ink-testing-library';
import type { ReactElement } from 'react';

/** Bytes a terminal sends for the keys these tests press. */
export const KEY = {
  enter: '\r',
  escape: '\u001b',
  up: '\u001b[A',
  down: '\u001b[B',
  right: '\u001b[C',
  left: '\u001b[D',
  tab: '\t',
  shiftTab: '\u001b[Z',
  backspace: '\u007f',
  ctrlS: '\u0013',
} as const;

const macrotask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Renders one view for a component test: frames with colours stripped,
 * key presses that wait a macrotask, and polling for an expected frame.
 */
export function renderView(node: ReactElement) {
  const instance = render(node);
  const frame = () => stripVTControlCharacters(instance.lastFrame() ?? '');

  return {
    ...instance,
    frame,
    async press(...keys: string[]) {
      for (const key of keys) {
        instance.stdin.write(key);
        await macrotask();
      }
    },
    async waitFor(
      expected: string | ((frame: string) => boolean),
      timeout = 2000,
    ): Promise<string> {
      const matches =
        typeof expected === 'string'
          ? (text: string) => text.includes(expected)
          : expected;
      const deadline = Date.now() + timeout;
      while (Date.now() < deadline) {
        if (matches(frame())) return frame();
        await macrotask();
      }

      throw new Error(`frame never showed ${String(expected)}:\n${frame()}`);
    },
  };
}
