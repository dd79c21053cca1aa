import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Severity } from '../../source/domain/severity.js';
import type { FindingStatus } from '../../source/domain/status.js';
import type { Store } from '../../source/store/store.js';
import type { FindingFilter } from '../../source/store/types.js';
import {
  importFindings,
  scanFinding,
  type TempStore,
  tempStore,
} from '../helpers/temp-store.js';

const SEVERITIES: Severity[] = ['critical', 'high', 'medium', 'low', 'info'];
const PORTS = ['22/tcp', '443/tcp', '4433/tcp', '53/udp'];

let temp: TempStore;
let store: Store;

beforeEach(() => {
  temp = tempStore();
  store = temp.store;
});
afterEach(() => temp.dispose());

function findings(count: number, start = 0, text = 'v1') {
  return Array.from({ length: count }, (_, index) =>
    scanFinding({
      host: `10.0.${(start + index) % 5}.${start + index}`,
      port: PORTS[(start + index) % PORTS.length],
      severity: SEVERITIES[(start + index) % SEVERITIES.length],
      text,
    }),
  );
}

/** The tally's non-empty rows, and the same grouping counted afresh. */
function tallyAndCount(): { tally: unknown[]; counted: unknown[] } {
  const db = new Database(temp.path, { readonly: true });
  try {
    const columns = 'workspace_id, scan_id, port, status_rank, severity';
    return {
      tally: db
        .prepare(
          `SELECT ${columns}, n FROM finding_tally WHERE n <> 0
           ORDER BY ${columns}`,
        )
        .all(),
      counted: db
        .prepare(
          `SELECT ${columns}, count(*) AS n FROM finding
           GROUP BY ${columns} ORDER BY ${columns}`,
        )
        .all(),
    };
  } finally {
    db.close();
  }
}

const FILTERS: FindingFilter[] = [
  {},
  { workspaceId: 1 },
  { workspaceId: 1, scanId: 2 },
  { workspaceId: 1, status: ['open', 'no-issue'] },
  { workspaceId: 1, severity: ['critical', 'high'] },
  { workspaceId: 1, port: ['443/tcp'] },
  { workspaceId: 1, port: ['443*'], severity: ['medium'] },
  { workspaceId: 1, port: ['*/udp'] },
  { workspaceId: 1, status: ['gone'], port: ['22/tcp', '53/udp'] },
];

/** Counts the way the store counted before the tally: every row. */
function rowCounts(filter: FindingFilter): Record<FindingStatus, number> {
  const counts: Record<string, number> = {};
  for (const finding of store.findings(filter)) {
    counts[finding.status] = (counts[finding.status] ?? 0) + 1;
  }
  return counts as Record<FindingStatus, number>;
}

function expectExact(): void {
  const { tally, counted } = tallyAndCount();
  expect(tally).toEqual(counted);
  for (const filter of FILTERS) {
    const counts = store.countByStatus(filter);
    const nonZero = Object.fromEntries(
      Object.entries(counts).filter(([, n]) => n > 0),
    );
    expect(nonZero).toEqual(rowCounts(filter));
    expect(store.countFindings(filter)).toBe(store.findings(filter).length);
  }
}

describe('the status tally', () => {
  it('stays exact through imports, triage, undo and deletes', async () => {
    await importFindings(store, findings(60));
    await importFindings(store, findings(30, 100), { scan: 'other' });
    expectExact();

    // A rescan without some findings (gone), with changed texts.
    await importFindings(store, findings(40, 0, 'v2'));
    expect(store.countByStatus({}).gone).toBe(20);
    expectExact();

    store.updateFindings([1, 2, 3], { status: 'open' });
    store.updateFindings([4, 5], { status: 'no-issue', severity: 'low' });
    store.updateFindings([6], { remark: 'only a remark' });
    expectExact();

    store.restoreFindings([
      { id: 1, status: 'new', remark: '' },
      { id: 4, status: 'new', severity: 'critical', remark: '' },
    ]);
    expectExact();

    // Gone findings that come back, closed ones that come back.
    store.updateFindings([7], { status: 'closed' });
    await importFindings(store, findings(60, 0, 'v3'));
    expect(store.countByStatus({ scanId: 1 })).toMatchObject({ gone: 0 });
    expectExact();

    const db = new Database(temp.path);
    db.pragma('foreign_keys = ON');
    db.prepare('DELETE FROM finding WHERE id IN (8, 9, 10)').run();
    db.prepare("DELETE FROM scan WHERE name = 'other'").run();
    db.close();
    expectExact();
  });

  it('never goes below zero and adds nothing for unchanged rows', async () => {
    await importFindings(store, findings(20));
    await importFindings(store, findings(20));
    store.updateFindings([1], { status: 'open' });
    store.updateFindings([1], { status: 'open' });

    const db = new Database(temp.path, { readonly: true });
    const lowest = db.prepare('SELECT min(n) FROM finding_tally').pluck();
    expect(lowest.get()).toBeGreaterThanOrEqual(0);
    db.close();
    expectExact();
  });
});
