import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sortValue } from '../../source/store/finding-queries.js';
import type { Store } from '../../source/store/store.js';
import type {
  Finding,
  FindingPageRequest,
  FindingSort,
} from '../../source/store/types.js';
import { pagePlan } from '../helpers/query-plan.js';
import {
  importFindings,
  scanFinding,
  type TempStore,
  tempStore,
} from '../helpers/temp-store.js';

let temp: TempStore;
let store: Store;

const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;

beforeEach(async () => {
  temp = tempStore();
  store = temp.store;
  await importFindings(
    store,
    Array.from({ length: 250 }, (_, index) =>
      scanFinding({
        host: `10.0.${index % 7}.${index}`,
        port: `${1000 + (index % 13)}/tcp`,
        plugin: `check-${index % 5}`,
        severity: SEVERITIES[index % 5],
        text: `finding ${index}${index % 10 === 0 ? ' needle' : ''}`,
      }),
    ),
  );
  store.updateFindings([3, 4, 5], { status: 'open' });
});
afterEach(() => temp.dispose());

/** Walks every page forwards with keyset cursors. */
function walk(sort: FindingSort, limit: number): Finding[] {
  const all: Finding[] = [];
  for (;;) {
    const last = all.at(-1);
    const page = store.findingPage({
      filter: {},
      sort,
      limit,
      after: last && { value: sortValue(last, sort.column), id: last.id },
    });
    all.push(...page);
    if (page.length < limit) return all;
  }
}

describe('finding pages', () => {
  for (const column of ['id', 'host', 'severity', 'status', 'port'] as const) {
    for (const descending of [false, true]) {
      const order = `${column}${descending ? ' desc' : ''}`;
      it(`walks every row once sorted by ${order}`, () => {
        const sort = { column, descending };
        const walked = walk(sort, 17);
        const ids = walked.map((finding) => finding.id);

        expect(new Set(ids).size).toBe(250);
        const keys = walked.map((finding) => sortValue(finding, column));
        const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        expect(keys).toEqual(descending ? sorted.reverse() : sorted);
      });
    }
  }

  it('pages backwards to the same rows', () => {
    const sort = { column: 'host', descending: false } as const;
    const walked = walk(sort, 20);
    const anchor = walked[100] as Finding;
    const before = store.findingPage({
      filter: {},
      sort,
      limit: 20,
      before: { value: sortValue(anchor, 'host'), id: anchor.id },
    });

    expect(before.map((finding) => finding.id)).toEqual(
      walked.slice(80, 100).map((finding) => finding.id),
    );
  });
});

describe('counts and facets', () => {
  it('counts by status under a filter', () => {
    expect(store.countByStatus({})).toMatchObject({ new: 247, open: 3 });
    expect(store.countFindings({ text: ['needle'] })).toBe(25);
    expect(store.countFindings({ text: ['NEEDLE', '10.0.0'] })).toBe(
      store
        .findings({ text: ['needle'] })
        .filter((f) => f.host.startsWith('10.0.0')).length,
    );
  });

  it('matches free text literally, in any column, ASCII case-blind', () => {
    store.updateFindings([7], { remark: 'Ticket 50% done_ok' });
    store.updateFindings([8], { remark: 'Ticket 50 percent' });

    const ids = (text: string[]) =>
      store.findings({ text }).map((finding) => finding.id);
    expect(ids(['50%'])).toEqual([7]);
    expect(ids(['e_o'])).toEqual([7]);
    expect(ids(['TICKET'])).toEqual([7, 8]);
    expect(ids(['check-3', '1003/TCP'])).toEqual(
      store
        .findings({ plugin: ['check-3'], port: ['1003/tcp'] })
        .map((finding) => finding.id),
    );
  });

  it('lists facet values with counts, most first', () => {
    const severities = store.facet({}, 'severity');
    expect(severities).toHaveLength(5);
    expect(severities.every((value) => value.count === 50)).toBe(true);

    const plugins = store.facet({ severity: ['high'] }, 'plugin');
    expect(plugins).toEqual([{ value: 'check-1', key: 'check-1', count: 50 }]);

    const id = store.createIssue(
      { workspace: 'acme', name: 'x', extRef: 'X-1' },
      [1, 2],
    );
    expect(store.facet({}, 'issue')).toEqual([
      { value: 'X-1 x', key: String(id), count: 2 },
    ]);
  });

  it('treats LIKE wildcards typed by users literally', () => {
    expect(store.countFindings({ host: ['10.0.%'] })).toBe(0);
    expect(store.countFindings({ host: ['10.0.1.*'] })).toBeGreaterThan(0);
  });
});

describe('query plans', () => {
  const plan = (request: FindingPageRequest) => pagePlan(temp.path, request);

  for (const column of ['host', 'severity', 'status', 'plugin'] as const) {
    it(`pages by ${column} through an index, never sorting every row`, () => {
      const text = plan({
        filter: { workspaceId: 1 },
        sort: { column, descending: false },
        limit: 50,
        after: { value: 'x', id: 10 },
      });

      expect(text).toMatch(/USING (COVERING )?INDEX finding_by_workspace_/);
      expect(text).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/);
    });
  }
});
