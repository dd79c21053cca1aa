import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectImporter } from '../../source/importers/registry.js';
import type { Store } from '../../source/store/store.js';
import { type TempStore, tempStore } from '../helpers/temp-store.js';
import type { CorpusExpectation } from './expectation.js';
import { hasRealFixtures, listRealFiles, realPath } from './real-fixtures.js';

const EXPECTATIONS_DIR = new URL('./expectations/', import.meta.url);

async function loadExpectations(): Promise<CorpusExpectation[]> {
  const all: CorpusExpectation[] = [];
  for (const file of readdirSync(EXPECTATIONS_DIR).sort()) {
    const module = (await import(new URL(file, EXPECTATIONS_DIR).href)) as {
      expectations: CorpusExpectation[];
    };
    all.push(...module.expectations);
  }
  return all;
}

const expectations = await loadExpectations();

/**
 * `pass` stands in for the file's hash: the second pass must really run
 * the import again, which a repeat of the latest run's hash would skip.
 */
async function importInto(
  store: Store,
  file: string,
  scan: string,
  pass: 'first' | 'again' = 'first',
) {
  const path = realPath(file);
  const importer = await detectImporter(path);
  const result = await store.importRun(
    {
      workspace: 'corpus',
      scan,
      scanner: importer.scanner,
      format: importer.format,
      sourceFile: file,
      sourceSha256: `corpus-${pass}`,
      allowEmpty: true,
    },
    (sink) => importer.parse({ path }, sink),
  );
  return { importer, result };
}

/**
 * The whole shared corpus through detection, the importer and the store:
 * every file imports with its independently counted number of findings
 * (or fails as a scanner error report or empty file must), and importing
 * it again changes nothing.
 */
describe.skipIf(!hasRealFixtures)('real scanner files', () => {
  let temp: TempStore;
  beforeAll(() => {
    temp = tempStore();
  });
  afterAll(() => temp.dispose());

  it('covers every corpus file (no file left uncovered)', () => {
    const covered = new Set(expectations.map((entry) => entry.file));
    const uncovered = listRealFiles().filter(
      (file) => !file.endsWith('.tsv') && !covered.has(file),
    );

    expect(uncovered).toEqual([]);
  });

  for (const [
    index,
    { file, format, expect: outcome },
  ] of expectations.entries()) {
    it(file, async () => {
      const scan = `scan-${index}`;
      if ('error' in outcome) {
        await expect(importInto(temp.store, file, scan)).rejects.toThrow(
          outcome.error,
        );
        return;
      }

      const first = await importInto(temp.store, file, scan);
      expect(first.importer.format).toBe(format);
      expect(first.result.findingsRead).toBe(outcome.count());

      const again = await importInto(temp.store, file, scan, 'again');
      expect(again.result.runId).not.toBe(first.result.runId);
      expect(again.result.changedTo).toEqual({});
      expect(again.result.statusCounts).toEqual(first.result.statusCounts);
    });
  }
});
