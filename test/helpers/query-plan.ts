import Database from 'better-sqlite3';
import { findingPageQuery } from '../../source/store/finding-queries.js';
import type { FindingPageRequest } from '../../source/store/types.js';

/**
 * The query plan of a findings page, outer query only: the issue-list
 * subquery sorts a few rows and would only add noise.
 */
export function pagePlan(storePath: string, request: FindingPageRequest) {
  const db = new Database(storePath, { readonly: true });
  try {
    const { sql, params } = findingPageQuery(db, request);
    const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as {
      parent: number;
      detail: string;
    }[];
    return rows
      .filter((row) => row.parent === 0)
      .map((row) => row.detail)
      .join('\n');
  } finally {
    db.close();
  }
}
