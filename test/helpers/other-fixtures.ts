import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');

/** Every fixture file of the other formats, for negative detection tests. */
export function otherFixtures(format: string): string[] {
  if (!existsSync(FIXTURES)) return [];

  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((folder) => folder.isDirectory() && folder.name !== format)
    .flatMap((folder) =>
      readdirSync(join(FIXTURES, folder.name)).map((file) =>
        join(FIXTURES, folder.name, file),
      ),
    );
}
