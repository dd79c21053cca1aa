import { severityFromRank } from '../domain/severity.js';
import {
  addRankCounts,
  FINDING_STATUSES,
  type FindingStatus,
  noStatusCounts,
} from '../domain/status.js';
import type { Db } from './database.js';
import { filterCondition } from './finding-filter.js';
import { accessClause, countIndex, pageIndex } from './finding-plan.js';
import {
  FINDING_COLUMNS,
  FINDING_FROM,
  type FindingRow,
  findingFrom,
  toFinding,
} from './finding-rows.js';
import {
  type RankCount,
  tallyAnswers,
  tallyByRank,
  tallyCount,
} from './finding-tally.js';
import type {
  FacetField,
  FacetValue,
  Finding,
  FindingFilter,
  FindingPageRequest,
  FindingSortColumn,
} from './types.js';

const SORT_EXPRESSIONS: Record<FindingSortColumn, string> = {
  id: 'f.id',
  status: 'f.status_rank',
  severity: 'f.severity',
  host: 'f.host',
  port: 'f.port',
  plugin: 'f.plugin',
  finding: 'f.finding',
};

const FACET_EXPRESSIONS: Record<Exclude<FacetField, 'issue'>, string> = {
  host: 'f.host',
  port: 'f.port',
  plugin: 'f.plugin',
  severity: 'f.severity',
  status: 'f.status_rank',
  scan: 's.name',
};

/** Every finding the filter matches, by id. */
export function listFindings(db: Db, filter: FindingFilter): Finding[] {
  const where = filterCondition(filter);
  const rows = db
    .prepare(
      `SELECT ${FINDING_COLUMNS} FROM ${FINDING_FROM}
       WHERE ${where.sql} ORDER BY f.id`,
    )
    .all(where.params) as FindingRow[];

  return rows.map(toFinding);
}

/**
 * One page in sort order, resuming after or before a row's sort key
 * (keyset paging: as fast at the millionth row as at the first).
 */
export function findingPage(db: Db, request: FindingPageRequest): Finding[] {
  const { sql, params } = findingPageQuery(db, request);
  const rows = db.prepare(sql).all(params) as FindingRow[];

  const page = rows.map(toFinding);
  return request.before === undefined ? page : page.reverse();
}

/** The SQL of one page; exported so tests can check its query plan. */
export function findingPageQuery(
  db: Db,
  request: FindingPageRequest,
): {
  sql: string;
  params: Record<string, string | number>;
} {
  const where = filterCondition(request.filter);
  const sortKey = SORT_EXPRESSIONS[request.sort.column];
  const backwards = request.before !== undefined;
  const descending = request.sort.descending !== backwards;
  const cursor = request.after ?? request.before;
  const clauses = [where.sql];
  const params: Record<string, string | number> = { ...where.params };

  if (cursor) {
    clauses.push(`(${sortKey}, f.id) ${descending ? '<' : '>'} (@cv, @cid)`);
    params.cv = cursor.value;
    params.cid = cursor.id;
  }
  params.limit = request.limit;

  const direction = descending ? 'DESC' : 'ASC';
  const index = pageIndex(
    db,
    request.filter,
    request.sort.column,
    request.limit,
  );
  const from = findingFrom(accessClause(index));
  const sql = `SELECT ${FINDING_COLUMNS} FROM ${from}
    WHERE ${clauses.join(' AND ')}
    ORDER BY ${sortKey} ${direction}, f.id ${direction}
    LIMIT @limit`;
  return { sql, params };
}

export function countFindings(db: Db, filter: FindingFilter): number {
  if (tallyAnswers(filter)) return tallyCount(db, filter);

  const where = filterCondition(filter);
  const row = db
    .prepare(`SELECT count(*) AS n FROM finding f WHERE ${where.sql}`)
    .get(where.params) as { n: number };

  return row.n;
}

/**
 * Counts by status under a filter: from the tally when the filter is on
 * its columns only (no rows read), else from the cheapest index.
 */
export function countByStatus(
  db: Db,
  filter: FindingFilter,
): Record<FindingStatus, number> {
  const byRank = tallyAnswers(filter)
    ? tallyByRank(db, filter)
    : countRows(db, filter);
  return addRankCounts(noStatusCounts(), byRank);
}

function countRows(db: Db, filter: FindingFilter): RankCount[] {
  const where = filterCondition(filter);
  const access = accessClause(countIndex(db, filter));
  return db
    .prepare(
      `SELECT f.status_rank AS rank, count(*) AS n FROM finding f${access}
       WHERE ${where.sql} GROUP BY f.status_rank`,
    )
    .all(where.params) as RankCount[];
}

export function findingIds(db: Db, filter: FindingFilter): number[] {
  const where = filterCondition(filter);
  return db
    .prepare(`SELECT f.id FROM finding f WHERE ${where.sql} ORDER BY f.id`)
    .pluck()
    .all(where.params) as number[];
}

/** The values of one field under a filter, with counts, most first. */
export function facet(
  db: Db,
  filter: FindingFilter,
  field: FacetField,
  limit = 200,
): FacetValue[] {
  const where = filterCondition(filter);
  const params = { ...where.params, limit };

  if (field === 'issue') {
    const rows = db
      .prepare(
        `SELECT i.id, i.ext_ref, i.name, count(*) AS n
         FROM finding f JOIN issue_finding l ON l.finding_id = f.id
         JOIN issue i ON i.id = l.issue_id
         WHERE ${where.sql} GROUP BY i.id ORDER BY n DESC, i.id LIMIT @limit`,
      )
      .all(params) as {
      id: number;
      ext_ref: string;
      name: string;
      n: number;
    }[];
    return rows.map((row) => ({
      value: row.ext_ref ? `${row.ext_ref} ${row.name}` : row.name,
      key: String(row.id),
      count: row.n,
    }));
  }

  const expression = FACET_EXPRESSIONS[field];
  const join = field === 'scan' ? 'JOIN scan s ON s.id = f.scan_id' : '';
  const rows = db
    .prepare(
      `SELECT ${expression} AS value, count(*) AS n
       FROM finding f ${join}
       WHERE ${where.sql} GROUP BY ${expression}
       ORDER BY n DESC, value LIMIT @limit`,
    )
    .all(params) as { value: string | number; n: number }[];

  return rows.map((row) => {
    const value =
      field === 'severity'
        ? severityFromRank(row.value as number)
        : field === 'status'
          ? (FINDING_STATUSES[row.value as number] ?? String(row.value))
          : String(row.value);
    return { value, key: value, count: row.n };
  });
}

export { sortValue } from './finding-cursor.js';
