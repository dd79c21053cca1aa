import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  importFindings,
  scanFinding,
  type TempStore,
  tempStore,
} from '../helpers/temp-store.js';

let temp: TempStore;
let ids: number[];

beforeEach(async () => {
  temp = tempStore();
  await importFindings(temp.store, [
    scanFinding({ host: '10.0.0.1' }),
    scanFinding({ host: '10.0.0.2' }),
    scanFinding({ host: '10.0.0.3' }),
  ]);
  ids = temp.store.findings({}).map((finding) => finding.id);
});

afterEach(() => temp.dispose());

function rows(table: string): number {
  const db = new Database(temp.path, { readonly: true });
  try {
    return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  } finally {
    db.close();
  }
}

const newIssue = (findingIds: number[]) =>
  temp.store.createIssue(
    { workspace: 'acme', name: 'Telnet', extRef: 'DEMO-1' },
    findingIds,
  );

describe('withdrawIssue', () => {
  it('deletes an untouched issue with its links and history', () => {
    const id = newIssue(ids.slice(0, 2));

    temp.store.withdrawIssue(id, ids.slice(0, 2));

    expect(temp.store.issues()).toEqual([]);
    expect(rows('issue_finding')).toBe(0);
    expect(rows('issue_history')).toBe(0);
    expect(newIssue(ids)).toBeGreaterThan(0);
  });

  it('deletes it when links made since were undone again', () => {
    const id = newIssue(ids.slice(0, 2));
    temp.store.linkFindings(id, ids.slice(2));
    temp.store.unlinkFindings(id, ids.slice(2));

    temp.store.withdrawIssue(id, ids.slice(0, 2));

    expect(temp.store.issues()).toEqual([]);
  });

  it.each([
    ['edited', (id: number) => temp.store.updateIssue(id, { name: 'SSH' })],
    ['linked to more', (id: number) => temp.store.linkFindings(id, ids)],
    [
      'unlinked',
      (id: number) => temp.store.unlinkFindings(id, ids.slice(0, 1)),
    ],
  ])('keeps an issue %s since, changing nothing', (_, change) => {
    const id = newIssue(ids.slice(0, 2));
    change(id);
    const history = rows('issue_history');

    expect(() => temp.store.withdrawIssue(id, ids.slice(0, 2))).toThrow(
      'has changed since it was created',
    );
    expect(temp.store.issues()).toHaveLength(1);
    expect(rows('issue_history')).toBe(history);
  });
});
