import {
  addRankCounts,
  type FindingStatus,
  noStatusCounts,
} from '../domain/status.js';
import type { Db } from './database.js';
import { filterCondition } from './finding-filter.js';
import { countByStatus } from './finding-queries.js';
import { type RankCount, tallyAnswers } from './finding-tally.js';
import type { FindingFilter } from './types.js';

/**
 * Counts by status in steps, so that the screen can take keys between
 * them: a filter the tally cannot answer (free text, hostnames, host
 * patterns) reads every matching finding, about a second per million.
 */
export interface StatusCounter {
  /** Counts one more step: the counts when done, else undefined. */
  step(): Record<FindingStatus, number> | undefined;
  /** How far it is, from 0 to 1. */
  readonly progress: number;
}

/** Each step's share of the ids at first; quick steps grow 4-fold. */
const FIRST_STEP_IDS = 50_000;
const QUICK_STEP_MS = 10;

export function statusCounter(
  db: Db,
  filter: FindingFilter,
  firstStepIds = FIRST_STEP_IDS,
): StatusCounter {
  if (tallyAnswers(filter)) {
    return {
      progress: 0,
      step: () => countByStatus(db, filter),
    };
  }

  const bounds = db
    .prepare('SELECT min(id) AS low, max(id) AS high FROM finding')
    .get() as { low: number | null; high: number | null };
  const low = bounds.low ?? 0;
  const high = bounds.high ?? -1;
  const where = filterCondition(filter);
  const countRange = db.prepare(
    `SELECT f.status_rank AS rank, count(*) AS n FROM finding f
     WHERE f.id >= @from AND f.id < @to AND ${where.sql}
     GROUP BY f.status_rank`,
  );
  const counts = noStatusCounts();
  let next = low;
  let stepIds = firstStepIds;

  return {
    get progress() {
      return high < low ? 1 : (next - low) / (high - low + 1);
    },
    step() {
      const started = performance.now();
      const to = next + stepIds;
      const rows = countRange.all({ ...where.params, from: next, to });
      addRankCounts(counts, rows as RankCount[]);

      next = to;
      if (performance.now() - started < QUICK_STEP_MS) stepIds *= 4;
      return next > high ? { ...counts } : undefined;
    },
  };
}
