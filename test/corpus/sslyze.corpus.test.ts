import { describe, expect, it } from 'vitest';
import { detectImporter } from '../../source/importers/registry.js';
import { collect } from '../helpers/collect.js';
import { expectations } from './expectations/sslyze.js';
import { hasRealFixtures, listRealFiles, realPath } from './real-fixtures.js';

describe.skipIf(!hasRealFixtures)('sslyze corpus', () => {
  it('has an expectation for every file of the family', () => {
    const files = listRealFiles().filter((file) => file.startsWith('sslyze/'));
    expect(expectations.map((entry) => entry.file).sort()).toEqual(files);
  });

  for (const { file, format, expect: wanted } of expectations) {
    it(file, async () => {
      const run = async () => {
        const importer = await detectImporter(realPath(file));
        expect(importer.format).toBe(format);
        return collect(importer, realPath(file));
      };

      if ('error' in wanted) {
        await expect(run()).rejects.toThrow(wanted.error);
      } else {
        const { findings } = await run();
        expect(findings.size).toBe(wanted.count());
      }
    });
  }
});
