import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import { detectImporter } from '../../source/importers/registry.js';
import type { Importer } from '../../source/importers/types.js';
import { ScanFileError } from '../../source/importers/types.js';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');

/** A hand-written fixture: `fixtures/<format>/<name>`. */
export function fixture(format: string, name: string): string {
  return join(FIXTURES, format, name);
}

/** Every fixture of the other formats' folders. */
export function otherFixtures(format: string): string[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((folder) => folder.isDirectory() && folder.name !== format)
    .flatMap((folder) =>
      readdirSync(join(FIXTURES, folder.name)).map((name) =>
        join(FIXTURES, folder.name, name),
      ),
    );
}

/** Fails unless detection leaves `importer` out for this file. */
export async function expectNotDetectedAs(
  importer: Importer,
  path: string,
): Promise<void> {
  const detected = await detectImporter(path).catch((error: unknown) => {
    if (error instanceof ScanFileError) return undefined;
    throw error;
  });
  expect(detected?.format, path).not.toBe(importer.format);
}

/** The ScanFileError a promise rejects with. */
export async function scanFileError(
  promise: Promise<unknown>,
): Promise<ScanFileError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ScanFileError);
  return error as ScanFileError;
}
