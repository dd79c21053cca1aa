import { INVISIBLE_FORMATTING } from '../domain/invisible.js';
import { sanitizeLine } from '../text/sanitize.js';

/** Where a command writes; the real streams or a test's buffers. */
export interface CommandIo {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
}

export const processIo: CommandIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  env: process.env,
};

/** Wrong use of the command line: exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The command could not do its job: exit code 1. */
export class CommandFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommandFailure';
  }
}

/** One line of untrusted text for the terminal: no control characters. */
export function safe(text: string | number): string {
  return sanitizeLine(String(text).replace(/\r?\n/g, ' '));
}

// Characters that JSON.stringify leaves raw but a terminal may act on.
// (JSON.stringify already escapes C0 controls.)
const JSON_UNSAFE = new RegExp(`[\\u007f-\\u009f${INVISIBLE_FORMATTING}]`, 'g');

/**
 * JSON for scripts. C1 controls and bidi controls are escaped too, so
 * printing it to a terminal is as harmless as piping it to jq.
 */
export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    JSON_UNSAFE,
    (character) =>
      `\\u${(character.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}

/** Rows as aligned columns; cells must already be safe. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();

  return [line(header), ...rows.map(line)].join('\n');
}
