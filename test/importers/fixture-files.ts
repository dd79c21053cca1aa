import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The hand-written fixtures of the project, beside the sources. */
export const FIXTURES = resolve(import.meta.dirname, '../../fixtures');

export function fixture(format: string, name: string): string {
  return join(FIXTURES, format, name);
}

/** Every fixture file outside the given folders, as absolute paths. */
export function fixturesOutside(folders: readonly string[]): string[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !folders.includes(entry.name))
    .flatMap((entry) =>
      readdirSync(join(FIXTURES, entry.name)).map((name) =>
        join(FIXTURES, entry.name, name),
      ),
    );
}
