import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectImporter } from '../../source/importers/registry.js';
import { collect } from '../helpers/collect.js';
import { expectations } from './expectations/nikto.js';
import { hasRealFixtures, REAL_DIR, realPath } from './real-fixtures.js';

describe.skipIf(!hasRealFixtures)('nikto corpus', () => {
  it('has an expectation for every file of the family', () => {
    const files = readdirSync(`${REAL_DIR}/nikto`).map(
      (name) => `nikto/${name}`,
    );

    expect(expectations.map((expectation) => expectation.file).sort()).toEqual(
      files.sort(),
    );
  });

  for (const { file, format, expect: expected } of expectations) {
    it(`imports ${file}`, async () => {
      const path = realPath(file);
      const run = async () => {
        const importer = await detectImporter(path);
        expect(importer.format).toBe(format);
        return (await collect(importer, path)).findings.size;
      };

      if ('count' in expected) {
        expect(await run()).toBe(expected.count());
      } else {
        await expect(run()).rejects.toThrow(expected.error);
      }
    });
  }
});
