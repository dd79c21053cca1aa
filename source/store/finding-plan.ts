import type { Db } from './database.js';
import { filterCondition, seekable } from './finding-filter.js';
import { tallyCount } from './finding-tally.js';
import type { FindingFilter, FindingSortColumn } from './types.js';

/**
 * Which index a findings query reads. SQLite's own choice rests on the
 * approximate statistics `PRAGMA optimize` keeps, and at a million rows
 * a wrong guess costs 100 ms to a second (walking the sort index for a
 * rare status, or sorting 80,000 rows of a common port). Here it rests
 * on counts: exact ones from the tally, bounded ones for host and
 * plugin patterns.
 */

export type IndexedColumn =
  | 'status'
  | 'severity'
  | 'host'
  | 'port'
  | 'plugin'
  | 'issue';

/** Not an index: findings read by id, from the issue links. */
export const BY_ROWID = 'rowid';

export const INDEXES: Record<IndexedColumn | 'id', string> = {
  id: 'finding_by_workspace',
  status: 'finding_by_workspace_status',
  severity: 'finding_by_workspace_severity',
  host: 'finding_by_workspace_host',
  port: 'finding_by_workspace_port',
  plugin: 'finding_by_workspace_plugin',
  issue: BY_ROWID,
};

/** The FROM clause's words for a chosen index (none: SQLite chooses). */
export function accessClause(index: string | undefined): string {
  if (index === undefined) return '';
  return index === BY_ROWID ? ' NOT INDEXED' : ` INDEXED BY ${index}`;
}

/**
 * Walking the sort index finds matches at their average density only
 * when they are spread evenly, and they often are not: ids follow the
 * import, which goes host by host, so `host:10.0.1.*` (1 % of a million)
 * walked 46,000 rows of the severity index for one page (98 ms), where
 * reading its 10,950 rows and sorting them takes 12 ms. A walk is
 * counted at ten times its expected length.
 */
const WALK_RISK = 10;

/**
 * Host and plugin matches are counted up to this many (about 2.5 ms at
 * the cap): past it, walking the sort index of a million rows wins even
 * at ten times its expected length.
 */
export const COUNT_CAP = 20_000;

/** What a count over the cap is taken for when counting by status. */
const CAPPED_GUESS = 4 * COUNT_CAP;

/** A filter term an index can seek to. */
export interface Driver {
  column: IndexedColumn;
  /** Rows of the workspace its index range holds (at most the cap). */
  rows: number;
  /** False when `rows` stopped at the cap. */
  exact: boolean;
}

export interface PlanCounts {
  /** Findings of the workspace. */
  total: number;
  /** Findings the filter is expected to match. */
  matches: number;
  drivers: Driver[];
}

/**
 * The index for one page in `column` order, or undefined to let SQLite
 * choose (no workspace, or ids given).
 */
export function pageIndex(
  db: Db,
  filter: FindingFilter,
  column: FindingSortColumn,
  limit: number,
): string | undefined {
  if (!plannable(filter)) return undefined;

  return choosePageIndex(planCounts(db, filter), column, limit);
}

/** The index to count by status with, or undefined to let SQLite. */
export function countIndex(db: Db, filter: FindingFilter): string | undefined {
  if (!plannable(filter)) return undefined;

  return chooseCountIndex(planCounts(db, filter));
}

/**
 * Walking the sort index reads about limit / (share of rows matching)
 * rows; reading a filter's index reads all of its rows, then sorts.
 */
export function choosePageIndex(
  counts: PlanCounts,
  column: FindingSortColumn,
  limit: number,
): string | undefined {
  const { total, matches, drivers } = counts;
  let best: { index: string | undefined; cost: number } = {
    index: undefined,
    cost: Number.POSITIVE_INFINITY,
  };
  if (column !== 'finding') {
    const range =
      drivers.find((driver) => driver.column === column)?.rows ?? total;
    const walked = matches < 1 ? range : (range * limit) / matches;
    best = {
      index: INDEXES[column],
      cost: Math.min(range, walked * WALK_RISK),
    };
  }
  for (const driver of drivers) {
    if (driver.column === column || !driver.exact) continue;
    if (driver.rows < best.cost) {
      best = { index: INDEXES[driver.column], cost: driver.rows };
    }
  }

  return best.index;
}

/**
 * The status index groups without sorting but reads the whole status
 * range; a filter's index reads only its own rows.
 */
export function chooseCountIndex(counts: PlanCounts): string {
  const { total, drivers } = counts;
  const status = drivers.find((driver) => driver.column === 'status');
  let best = { index: INDEXES.status, cost: status?.rows ?? total };
  for (const driver of drivers) {
    if (driver.column === 'status') continue;
    const cost = driver.exact ? driver.rows : CAPPED_GUESS;
    if (cost < best.cost) best = { index: INDEXES[driver.column], cost };
  }

  return best.index;
}

function plannable(filter: FindingFilter): boolean {
  return filter.workspaceId !== undefined && filter.ids === undefined;
}

function planCounts(db: Db, filter: FindingFilter): PlanCounts {
  const { workspaceId, scanId, status, severity, port } = filter;
  const total = tallyCount(db, { workspaceId });
  const drivers = filterDrivers(db, filter);

  // Host and plugin are taken as independent of the rest; the tally
  // counts status, severity, port and scan together exactly. A count
  // stopped at the cap makes matches look rarer than they are, which
  // leans the choice to a filter index, whose rows are counted exactly.
  let matches = tallyCount(db, { workspaceId, scanId, status, severity, port });
  for (const driver of drivers) {
    if (driver.column === 'host' || driver.column === 'plugin') {
      matches *= total > 0 ? driver.rows / total : 0;
    }
  }

  return { total, matches, drivers };
}

/** Every filter term an index can seek to, with its row count. */
function filterDrivers(db: Db, filter: FindingFilter): Driver[] {
  const { workspaceId, status, severity, port } = filter;
  const drivers: Driver[] = [];
  const tallied = (column: IndexedColumn, terms: FindingFilter) =>
    drivers.push({
      column,
      rows: tallyCount(db, { workspaceId, ...terms }),
      exact: true,
    });
  if (status) tallied('status', { status });
  if (severity) tallied('severity', { severity });
  if (port?.every(seekable)) tallied('port', { port });

  for (const column of ['host', 'plugin'] as const) {
    const patterns = filter[column];
    if (patterns === undefined || !patterns.every(seekable)) continue;

    const rows = boundedCount(db, ` INDEXED BY ${INDEXES[column]}`, {
      workspaceId,
      [column]: patterns,
    });
    drivers.push({ column, rows, exact: rows < COUNT_CAP });
  }

  if (filter.issueId || filter.unlinked === false) {
    const rows = linkCount(db, filter.issueId);
    drivers.push({ column: 'issue', rows, exact: rows < COUNT_CAP });
  }

  return drivers;
}

function boundedCount(db: Db, access: string, filter: FindingFilter): number {
  const where = filterCondition(filter);
  return db
    .prepare(
      `SELECT count(*) FROM (SELECT 1 FROM finding f${access}
       WHERE ${where.sql} LIMIT ${COUNT_CAP})`,
    )
    .pluck()
    .get(where.params) as number;
}

/** Links to these issues (or any): at least the findings they reach. */
function linkCount(db: Db, issueIds: number[] | undefined): number {
  const where = issueIds
    ? `l.issue_id IN (${issueIds.map(() => '?').join(', ')})`
    : '1';
  return db
    .prepare(
      `SELECT count(*) FROM (SELECT 1 FROM issue_finding l WHERE ${where}
       LIMIT ${COUNT_CAP})`,
    )
    .pluck()
    .get(...(issueIds ?? [])) as number;
}
