import { describe, expect, it } from 'vitest';
import { detectImporter } from '../../source/importers/registry.js';
import { collect } from '../helpers/collect.js';
import type { CorpusExpectation } from './expectation.js';
import { hasRealFixtures, listRealFiles, realPath } from './real-fixtures.js';

async function importFile(path: string, format: string) {
  const importer = await detectImporter(path);
  expect(importer.format).toBe(format);

  return collect(importer, path);
}

/**
 * Runs a family's corpus expectations through detection and the importer,
 * and checks that every file of the family has one.
 */
export function describeCorpus(
  family: string,
  expectations: readonly CorpusExpectation[],
): void {
  describe.skipIf(!hasRealFixtures)(`${family} corpus`, () => {
    it('has an expectation for every file of the family', () => {
      const files = listRealFiles().filter((file) =>
        file.startsWith(`${family}/`),
      );

      expect(expectations.map((entry) => entry.file).sort()).toEqual(files);
    });

    for (const { file, format, expect: outcome } of expectations) {
      it(file, async () => {
        const imported = importFile(realPath(file), format);
        if ('error' in outcome) {
          await expect(imported).rejects.toThrow(outcome.error);
          return;
        }

        const { findings } = await imported;
        expect(findings.size).toBe(outcome.count());
      });
    }
  });
}
