import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** The shared real-scanner corpus beside the project; absent in clones. */
export const REAL_DIR = resolve(
  import.meta.dirname,
  '../../../shared/fixtures/real',
);

export const hasRealFixtures = existsSync(REAL_DIR);

export function realPath(file: string): string {
  return join(REAL_DIR, file);
}

/** Every scan file of the corpus, as `family/name`. */
export function listRealFiles(): string[] {
  if (!hasRealFixtures) return [];

  const files: string[] = [];
  for (const family of readdirSync(REAL_DIR, { withFileTypes: true })) {
    if (!family.isDirectory()) continue;
    const folder = join(REAL_DIR, family.name);
    for (const file of readdirSync(folder)) {
      files.push(relative(REAL_DIR, join(folder, file)));
    }
  }

  return files.sort();
}
