import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The hand-written test fixtures, one folder per format. */
export const FIXTURES_DIR = resolve(import.meta.dirname, '../../fixtures');

export function fixturePath(format: string, name: string): string {
  return join(FIXTURES_DIR, format, name);
}

/** Every fixture file with the format its folder is named after. */
export function listFixtureFiles(): { format: string; path: string }[] {
  const files: { format: string; path: string }[] = [];
  for (const folder of readdirSync(FIXTURES_DIR, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const name of readdirSync(join(FIXTURES_DIR, folder.name))) {
      files.push({
        format: folder.name,
        path: join(FIXTURES_DIR, folder.name, name),
      });
    }
  }

  return files.sort((a, b) => a.path.localeCompare(b.path));
}
