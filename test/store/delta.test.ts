import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../source/store/store.js';
import {
  importFindings,
  scanFinding,
  type TempStore,
  tempStore,
} from '../helpers/temp-store.js';

const a = scanFinding({ host: '10.0.0.1', text: 'A v1' });
const b = scanFinding({ host: '10.0.0.2', text: 'B v1' });

let temp: TempStore;
let store: Store;

beforeEach(() => {
  temp = tempStore();
  store = temp.store;
});
afterEach(() => temp.dispose());

function statusOf(host: string): string {
  const [finding] = store.findings({ host: [host] });
  return finding?.status ?? 'missing';
}

function historyOf(host: string) {
  const [finding] = store.findings({ host: [host] });
  return store.finding(finding?.id ?? -1)?.history ?? [];
}

function idOf(host: string): number {
  return store.findings({ host: [host] })[0]?.id ?? -1;
}

describe('delta engine', () => {
  it('starts findings as new and writes one history entry each', async () => {
    const result = await importFindings(store, [a, b]);

    expect(result.findingsRead).toBe(2);
    expect(result.changedTo).toEqual({ new: 2 });
    expect(statusOf('10.0.0.1')).toBe('new');
    expect(historyOf('10.0.0.1')).toMatchObject([
      { runId: result.runId, status: 'new', finding: 'A v1', user: 'tester' },
    ]);
  });

  it('keeps status on an identical rescan', async () => {
    await importFindings(store, [a, b]);
    store.updateFindings([idOf('10.0.0.1')], { status: 'open' });
    const result = await importFindings(store, [a, b]);

    expect(result.changedTo).toEqual({});
    expect(statusOf('10.0.0.1')).toBe('open');
    expect(statusOf('10.0.0.2')).toBe('new');
  });

  it('rule 1: absent findings go gone, on their last run', async () => {
    const first = await importFindings(store, [a, b]);
    const second = await importFindings(store, [a]);

    expect(second.changedTo).toEqual({ gone: 1 });
    expect(statusOf('10.0.0.2')).toBe('gone');
    expect(historyOf('10.0.0.2').at(-1)).toMatchObject({
      status: 'gone',
      runId: first.runId,
    });
    expect(store.findings({ host: ['10.0.0.2'] })[0]?.runId).toBe(first.runId);
  });

  it('rule 1 spares masked, closed and gone findings', async () => {
    const c = scanFinding({ host: '10.0.0.3' });
    await importFindings(store, [a, b, c]);
    store.updateFindings([idOf('10.0.0.1')], { status: 'masked' });
    store.updateFindings([idOf('10.0.0.2')], { status: 'closed' });
    const other = scanFinding({ host: '10.9.9.9' });
    await importFindings(store, [other]);
    const historyLength = historyOf('10.0.0.3').length;
    await importFindings(store, [other]);

    expect(statusOf('10.0.0.1')).toBe('masked');
    expect(statusOf('10.0.0.2')).toBe('closed');
    expect(statusOf('10.0.0.3')).toBe('gone');
    expect(historyOf('10.0.0.3')).toHaveLength(historyLength);
  });

  it('rule 2: a gone finding comes back with the status it had', async () => {
    const cases = [
      { host: '10.0.1.1', set: 'open', expected: 'new' },
      { host: '10.0.1.2', set: 'no-issue', expected: 'no-issue' },
      { host: '10.0.1.3', set: undefined, expected: 'new' },
    ] as const;
    const findings = cases.map((c) => scanFinding({ host: c.host }));
    await importFindings(store, findings);
    for (const c of cases) {
      if (c.set) store.updateFindings([idOf(c.host)], { status: c.set });
    }
    await importFindings(store, [a]);
    for (const c of cases) expect(statusOf(c.host)).toBe('gone');

    const back = await importFindings(store, [a, ...findings]);

    for (const c of cases) expect(statusOf(c.host)).toBe(c.expected);
    expect(back.changedTo).toEqual({ new: 2, 'no-issue': 1 });
  });

  it('rule 2: no-issue comes back changed when its text differs', async () => {
    await importFindings(store, [a]);
    store.updateFindings([idOf('10.0.0.1')], { status: 'no-issue' });
    await importFindings(store, [b]);
    await importFindings(store, [{ ...a, text: 'A v2' }]);

    expect(statusOf('10.0.0.1')).toBe('changed');
  });

  it('rule 2: changed and masked survive going away', async () => {
    await importFindings(store, [a, b]);
    store.updateFindings([idOf('10.0.0.1')], { status: 'open' });
    await importFindings(store, [{ ...a, text: 'A v2' }, b]);
    expect(statusOf('10.0.0.1')).toBe('changed');

    await importFindings(store, [b]);
    expect(statusOf('10.0.0.1')).toBe('gone');
    await importFindings(store, [a, b]);

    expect(statusOf('10.0.0.1')).toBe('changed');
  });

  it('rule 3: a closed finding that is back is new', async () => {
    await importFindings(store, [a, b]);
    store.updateFindings([idOf('10.0.0.1')], { status: 'closed' });
    const result = await importFindings(store, [a, b]);

    expect(statusOf('10.0.0.1')).toBe('new');
    expect(result.changedTo).toEqual({ new: 1 });
  });

  it('rule 4: open or no-issue with new text becomes changed', async () => {
    const c = scanFinding({ host: '10.0.0.3', text: 'C v1' });
    await importFindings(store, [a, b, c]);
    store.updateFindings([idOf('10.0.0.1')], { status: 'open' });
    store.updateFindings([idOf('10.0.0.2')], { status: 'no-issue' });
    const result = await importFindings(store, [
      { ...a, text: 'A v2' },
      { ...b, text: 'B v2' },
      { ...c, text: 'C v2' },
    ]);

    expect(statusOf('10.0.0.1')).toBe('changed');
    expect(statusOf('10.0.0.2')).toBe('changed');
    expect(statusOf('10.0.0.3')).toBe('new');
    expect(result.changedTo).toEqual({ changed: 2 });
    expect(historyOf('10.0.0.1').map((entry) => entry.status)).toEqual([
      'new',
      'open',
      'changed',
    ]);
  });

  it('rule 5: masked stays masked through imports', async () => {
    await importFindings(store, [a]);
    store.updateFindings([idOf('10.0.0.1')], { status: 'masked' });
    await importFindings(store, [{ ...a, text: 'A v2' }]);
    await importFindings(store, [b]);
    await importFindings(store, [{ ...a, text: 'A v3' }]);

    expect(statusOf('10.0.0.1')).toBe('masked');
  });

  it('updates text, severity and hostname but keeps the remark', async () => {
    await importFindings(store, [a]);
    store.updateFindings([idOf('10.0.0.1')], { remark: 'checked' });
    await importFindings(store, [
      { ...a, text: 'A v2', severity: 'high', hostname: 'web1' },
    ]);
    const [finding] = store.findings({});

    expect(finding).toMatchObject({
      finding: 'A v2',
      severity: 'high',
      hostname: 'web1',
      remark: 'checked',
    });
  });

  it('merges duplicates inside one file', async () => {
    const result = await importFindings(store, [
      { ...a, text: 'first', severity: 'low' },
      { ...a, text: 'second', severity: 'high' },
    ]);
    const [finding] = store.findings({});

    expect(result.findingsRead).toBe(1);
    expect(finding?.finding).toBe('first\n\nsecond');
    expect(finding?.severity).toBe('high');
  });

  it('keeps scans apart', async () => {
    await importFindings(store, [a], { scan: 'one' });
    await importFindings(store, [b], { scan: 'two' });

    expect(statusOf('10.0.0.1')).toBe('new');
    expect(statusOf('10.0.0.2')).toBe('new');
  });

  it('refuses an empty import unless allowed', async () => {
    await importFindings(store, [a]);
    await expect(importFindings(store, [])).rejects.toThrow(/allow-empty/);
    expect(statusOf('10.0.0.1')).toBe('new');

    const result = await importFindings(store, [], { allowEmpty: true });
    expect(result.changedTo).toEqual({ gone: 1 });
  });

  it('leaves the store unchanged when reading fails midway', async () => {
    await importFindings(store, [a]);
    const failing = store.importRun(
      {
        workspace: 'acme',
        scan: 'weekly',
        scanner: 'Test',
        format: 'test',
        sourceFile: 'bad.xml',
        sourceSha256: 'f'.repeat(64),
      },
      async (sink) => {
        sink.add(b);
        throw new Error('truncated');
      },
    );

    await expect(failing).rejects.toThrow('truncated');
    expect(store.findings({}).map((f) => f.host)).toEqual(['10.0.0.1']);
    expect(store.scans()[0]?.runCount).toBe(1);
  });
});

describe('restoring findings (undo)', () => {
  const c = scanFinding({ host: '10.0.0.3', text: 'C v1' });

  /** Masks findings as the screen does, with the guard it keeps. */
  function mask(hosts: string[]) {
    const ids = hosts.map(idOf);
    store.updateFindings(ids, { status: 'masked' });
    return {
      restore: ids.map((id) => ({ id, status: 'new' as const })),
      guard: {
        runMark: store.latestRunId(),
        after: ids.map((id) => ({ id, status: 'masked' as const })),
      },
    };
  }

  it('refuses, counting only the findings an import changed', async () => {
    await importFindings(store, [a, b, c]);
    const { restore, guard } = mask(['10.0.0.1', '10.0.0.2', '10.0.0.3']);
    await importFindings(store, [a, { ...b, text: 'B v2' }, c]);

    expect(() => store.restoreFindings(restore, guard)).toThrow(
      'nothing undone: 1 finding changed since (import or other session)',
    );
    expect(['10.0.0.1', '10.0.0.2', '10.0.0.3'].map(statusOf)).toEqual([
      'masked',
      'masked',
      'masked',
    ]);
  });

  it('counts what another session changed', async () => {
    await importFindings(store, [a, b, c]);
    const { restore, guard } = mask(['10.0.0.1', '10.0.0.2', '10.0.0.3']);
    store.updateFindings([idOf('10.0.0.1')], { status: 'open' });
    store.updateFindings([idOf('10.0.0.3')], { status: 'no-issue' });

    expect(() => store.restoreFindings(restore, guard)).toThrow(
      /nothing undone: 2 findings changed since/,
    );
  });

  it('undoes when an import since left them as they were', async () => {
    await importFindings(store, [a, b]);
    const { restore, guard } = mask(['10.0.0.1']);
    await importFindings(store, [a, { ...b, text: 'B v2' }]);

    expect(store.restoreFindings(restore, guard)).toBe(1);
    expect(statusOf('10.0.0.1')).toBe('new');
  });

  it('puts status, severity and remark back in one go', async () => {
    await importFindings(store, [a, b]);
    const before = store
      .findings({})
      .map(({ id, status, severity, remark }) => ({
        id,
        status,
        severity,
        remark,
      }));
    store.updateFindings([idOf('10.0.0.1'), idOf('10.0.0.2')], {
      status: 'masked',
      severity: 'critical',
      remark: 'oops',
    });

    expect(store.restoreFindings(before)).toBe(2);
    expect(
      store.findings({}).map((f) => [f.status, f.severity, f.remark]),
    ).toEqual([
      ['new', 'low', ''],
      ['new', 'low', ''],
    ]);
    expect(historyOf('10.0.0.1').map((entry) => entry.status)).toEqual([
      'new',
      'masked',
      'new',
    ]);
  });
});
