import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  flushAllDrafts,
  type IssueDraft,
  IssueDraftFile,
  issueDraftPath,
} from '../../source/drafts/issue-draft.js';

const draft: IssueDraft = {
  kind: 'create',
  workspace: 'acme',
  findingIds: [1, 2],
  fields: { name: 'Weak', extRef: '', severity: 'high', description: '' },
  savedAt: '2026-01-01T00:00:00.000Z',
};

function temporaryFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sectriage-draft-'));
  return issueDraftPath(join(dir, 'state'), '/tmp/some/store.db');
}

describe('DraftFile', () => {
  it('names one file per store', () => {
    expect(issueDraftPath('/s', '/a.db')).not.toBe(
      issueDraftPath('/s', '/b.db'),
    );
    expect(issueDraftPath('/s', '/a.db')).toMatch(
      /^\/s\/issue-draft-[0-9a-f]{16}\.json$/,
    );
  });

  it('writes debounced, flushes on exit with mode 0600, reads back', () => {
    const file = new IssueDraftFile(temporaryFile());

    file.schedule(draft);
    expect(file.read()).toBeUndefined();
    flushAllDrafts();

    expect(file.read()).toEqual(draft);
    expect(statSync(file.path).mode & 0o777).toBe(0o600);
  });

  it('discards a draft and ignores a damaged file', () => {
    const file = new IssueDraftFile(temporaryFile());
    file.schedule(draft);
    file.flush();

    file.discard();
    expect(file.read()).toBeUndefined();
    writeFileSync(file.path, '{"kind":"create","fields":');
    expect(file.read()).toBeUndefined();
  });
});
