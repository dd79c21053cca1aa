import { describe, expect, it } from 'vitest';
import { detectImporter } from '../../source/importers/registry.js';
import { collect } from '../helpers/collect.js';
import { expectations } from './expectations/qualys.js';
import { hasRealFixtures, listRealFiles, realPath } from './real-fixtures.js';

describe.skipIf(!hasRealFixtures)('qualys corpus', () => {
  it('has an expectation for every file of the family', () => {
    const families = listRealFiles().filter((file) =>
      file.startsWith('qualys/'),
    );
    expect(expectations.map((entry) => entry.file).sort()).toEqual(families);
  });

  for (const { file, format, expect: wanted } of expectations) {
    it(file, async () => {
      const reading = detectImporter(realPath(file)).then(async (importer) => {
        expect(importer.format).toBe(format);
        return collect(importer, realPath(file));
      });

      if ('error' in wanted) {
        await expect(reading).rejects.toThrow(wanted.error);
      } else {
        expect((await reading).findings.size).toBe(wanted.count());
      }
    });
  }
});
