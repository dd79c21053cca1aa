import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BENCH_FILTERS } from '../../scripts/bench/ui-plan.js';
import type { Severity } from '../../source/domain/severity.js';
import { parseFilter } from '../../source/filter/parse.js';
import {
  chooseCountIndex,
  choosePageIndex,
  type Driver,
  INDEXES,
} from '../../source/store/finding-plan.js';
import type {
  FindingFilter,
  FindingPageRequest,
  FindingSortColumn,
} from '../../source/store/types.js';
import { pagePlan } from '../helpers/query-plan.js';
import {
  importFindings,
  scanFinding,
  type TempStore,
  tempStore,
} from '../helpers/temp-store.js';

/** The filter terms `npm run bench -- ui` types, and a few more shapes. */
const FILTER_LINES = [
  '',
  ...BENCH_FILTERS,
  'status:gone',
  'plugin:10007',
  'plugin:100*',
  'hostname:host-1*',
  'port:443/tcp status:open,no-issue',
  'sev:critical port:443/tcp host:10.0.*',
  'host:10.0.1.* host:10.0.2.*',
  'issue:#1',
  'issue:#1 status:new',
  'issue:any',
  'issue:none sev:critical',
];

const SORTS: Exclude<keyof typeof INDEXES, 'issue'>[] = [
  'severity',
  'id',
  'status',
  'host',
  'port',
  'plugin',
];

const PORTS = ['22/tcp', '80/tcp', '443/tcp', '3389/tcp', 'general'];
const SEVERITIES: Severity[] = [
  ...Array<Severity>(6).fill('info'),
  'low',
  'low',
  'medium',
  'high',
  'critical',
];

let temp: TempStore;

/** A small store shaped like the bench's: 50 findings per host. */
beforeAll(async () => {
  temp = tempStore();
  await importFindings(
    temp.store,
    Array.from({ length: 3000 }, (_, index) => {
      const host = Math.floor(index / 50);
      return scanFinding({
        host: `10.0.${host >> 4}.${host}`,
        hostname: `host-${host}.example.net`,
        port: PORTS[index % PORTS.length],
        plugin: String(10000 + ((index * 7919) % 400)),
        severity: SEVERITIES[(index * 31) % SEVERITIES.length],
        text: `finding ${index}`,
      });
    }),
  );
  temp.store.updateFindings([5, 500, 1500], { status: 'open' });
  temp.store.updateFindings([7, 700, 2500], { status: 'no-issue' });
  temp.store.createIssue({ workspace: 'acme', name: 'TLS' }, [9, 90, 900]);
});
afterAll(() => temp.dispose());

function filterOf(line: string): FindingFilter {
  return { ...parseFilter(line).filter, workspaceId: 1 };
}

/** An index seek on the workspace, several (host:a* host:b*), or ids. */
const SEEK = new RegExp(
  '^(SEARCH f USING ((COVERING )?INDEX \\w+|INTEGER PRIMARY KEY) \\(' +
    '|MULTI-INDEX OR)',
);

const plan = (request: FindingPageRequest) => pagePlan(temp.path, request);

describe('page query plans', () => {
  for (const column of SORTS) {
    for (const line of FILTER_LINES) {
      it(`seeks for "${line}" by ${column}, first and deep pages`, () => {
        const filter = filterOf(line);
        const sort = { column, descending: column === 'severity' };
        for (const after of [undefined, { value: 2, id: 1500 }]) {
          const text = plan({ filter, sort, limit: 40, after });

          expect(text).toMatch(SEEK);
          expect(text).not.toMatch(/SCAN f/);
          if (text.includes(`INDEX ${INDEXES[column]} `)) {
            expect(text).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
          }
        }
      });
    }
  }
});

/** Counts as the bench store of a million findings has them. */
const MILLION = 1_000_000;
function counts(matches: number, ...drivers: Driver[]) {
  return { total: MILLION, matches, drivers };
}
const exact = (column: Driver['column'], rows: number): Driver => ({
  column,
  rows,
  exact: true,
});

describe('index choice at a million findings', () => {
  const cases: [
    string,
    ReturnType<typeof counts>,
    FindingSortColumn,
    string,
  ][] = [
    [
      'sev:>=high',
      counts(95261, exact('severity', 95261)),
      'severity',
      'severity',
    ],
    [
      'status:new',
      counts(998003, exact('status', 998003)),
      'severity',
      'severity',
    ],
    [
      'port:443/tcp',
      counts(80000, exact('port', 80000)),
      'severity',
      'severity',
    ],
    ['host:10.0.1.*', counts(10950, exact('host', 10950)), 'severity', 'host'],
    [
      'status:open,no-issue',
      counts(998, exact('status', 998)),
      'severity',
      'status',
    ],
    [
      'port:22/tcp sev:>=medium',
      counts(19047, exact('severity', 238095), exact('port', 71429)),
      'severity',
      'severity',
    ],
    [
      '-status:gone',
      counts(MILLION, exact('status', MILLION)),
      'severity',
      'severity',
    ],
    ['status:gone', counts(0, exact('status', 0)), 'severity', 'status'],
    [
      'status:open,no-issue',
      counts(998, exact('status', 998)),
      'host',
      'status',
    ],
    ['port:443/tcp', counts(80000, exact('port', 80000)), 'host', 'host'],
    [
      'sev:critical',
      counts(47619, exact('severity', 47619)),
      'finding',
      'severity',
    ],
    // A linked issue's findings, read by id.
    ['issue:BENCH-3', counts(MILLION, exact('issue', 55)), 'severity', 'issue'],
  ];
  for (const [line, planCounts, column, expected] of cases) {
    it(`reads "${line}" by ${column} through ${expected}`, () => {
      expect(choosePageIndex(planCounts, column, 40)).toBe(
        INDEXES[expected as keyof typeof INDEXES],
      );
    });
  }

  it('counts by status through the smallest filter index', () => {
    expect(chooseCountIndex(counts(10950, exact('host', 10950)))).toBe(
      INDEXES.host,
    );
    const wide = { column: 'host', rows: 20000, exact: false } as const;
    expect(
      chooseCountIndex(
        counts(3288, exact('severity', 47619), exact('port', 80000), wide),
      ),
    ).toBe(INDEXES.severity);
    expect(chooseCountIndex(counts(MILLION))).toBe(INDEXES.status);
  });
});
