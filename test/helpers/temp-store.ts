import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ScanFinding } from '../../source/importers/types.js';
import { Store } from '../../source/store/store.js';
import type { ImportResult } from '../../source/store/types.js';

export interface TempStore {
  store: Store;
  path: string;
  dir: string;
  dispose(): void;
}

/** A store in a fresh temporary folder; dispose() removes it. */
export function tempStore(user = 'tester'): TempStore {
  const dir = mkdtempSync(join(tmpdir(), 'sectriage-test-'));
  const path = join(dir, 'store.db');
  const store = Store.open(path, { user });

  return {
    store,
    path,
    dir,
    dispose() {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A finding with defaults, for tests that care about a few fields. */
export function scanFinding(overrides: Partial<ScanFinding>): ScanFinding {
  return {
    host: '10.0.0.1',
    port: '80/tcp',
    plugin: 'open-port',
    severity: 'low',
    text: 'open',
    ...overrides,
  };
}

let filesImported = 0;

/**
 * Imports findings as one run of a scan, as an importer would. Each call
 * is a file of its own: the store skips a file whose hash it already has.
 */
export function importFindings(
  store: Store,
  findings: ScanFinding[],
  options: { workspace?: string; scan?: string; allowEmpty?: boolean } = {},
): Promise<ImportResult> {
  filesImported += 1;
  return store.importRun(
    {
      workspace: options.workspace ?? 'acme',
      scan: options.scan ?? 'weekly',
      scanner: 'Test',
      format: 'test',
      sourceFile: 'test.xml',
      sourceSha256: filesImported.toString(16).padStart(64, '0'),
      allowEmpty: options.allowEmpty,
    },
    async (sink) => {
      for (const finding of findings) sink.add(finding);
    },
  );
}
