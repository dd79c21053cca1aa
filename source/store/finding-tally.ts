import type { Db } from './database.js';
import { filterCondition } from './finding-filter.js';
import type { FindingFilter } from './types.js';

/** The filter fields `finding_tally` has columns for. */
const TALLY_FIELDS: ReadonlySet<string> = new Set([
  'workspaceId',
  'scanId',
  'status',
  'severity',
  'port',
]);

/** Whether the tally alone can count what the filter matches. */
export function tallyAnswers(filter: FindingFilter): boolean {
  return Object.entries(filter).every(
    ([field, value]) => value === undefined || TALLY_FIELDS.has(field),
  );
}

/**
 * Counts by status rank from the tally, for a filter it answers. The
 * filter's SQL is the findings' own: the tally's columns share the
 * names of the finding columns it counts.
 */
export function tallyByRank(db: Db, filter: FindingFilter): RankCount[] {
  const where = filterCondition(filter);
  return db
    .prepare(
      `SELECT f.status_rank AS rank, sum(f.n) AS n FROM finding_tally f
       WHERE ${where.sql} GROUP BY f.status_rank`,
    )
    .all(where.params) as RankCount[];
}

/** Findings counted per status rank. */
export interface RankCount {
  rank: number;
  n: number;
}

/** How many findings a filter the tally answers matches. */
export function tallyCount(db: Db, filter: FindingFilter): number {
  const where = filterCondition(filter);
  return db
    .prepare(
      `SELECT coalesce(sum(f.n), 0) FROM finding_tally f WHERE ${where.sql}`,
    )
    .pluck()
    .get(where.params) as number;
}
