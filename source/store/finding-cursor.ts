import { severityRank } from '../domain/severity.js';
import { FINDING_STATUSES } from '../domain/status.js';
import type { Finding, FindingCursor, FindingSortColumn } from './types.js';

/**
 * The value a page cursor holds for a finding under a sort column. It
 * must match the store's sort expressions: status and severity sort by
 * their rank, the rest by the column itself.
 */
export function sortValue(
  finding: Finding,
  column: FindingSortColumn,
): string | number {
  switch (column) {
    case 'status':
      return FINDING_STATUSES.indexOf(finding.status);
    case 'severity':
      return severityRank(finding.severity);
    default:
      return finding[column];
  }
}

/** The keyset cursor of a row under a sort column: resume after it. */
export function findingCursor(
  finding: Finding,
  column: FindingSortColumn,
): FindingCursor {
  return { value: sortValue(finding, column), id: finding.id };
}
