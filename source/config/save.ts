import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Config } from './types.js';

/**
 * Writes a private file (mode 0600) atomically: a temp file beside it,
 * then a rename, so a crash never leaves half a file behind.
 */
export function writePrivateFile(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text, { mode: 0o600 });
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Saves config.json atomically with mode 0600. */
export function saveConfig(path: string, config: Config): void {
  writePrivateFile(path, `${JSON.stringify(config, null, 2)}\n`);
}
