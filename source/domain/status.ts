/** Finding statuses, in the order the UI lists them. */
export const FINDING_STATUSES = [
  'new',
  'changed',
  'open',
  'no-issue',
  'gone',
  'closed',
  'masked',
] as const;

export type FindingStatus = (typeof FINDING_STATUSES)[number];

/** Statuses an analyst may set by hand. */
export const ANALYST_STATUSES = [
  'open',
  'no-issue',
  'gone',
  'closed',
  'masked',
] as const satisfies readonly FindingStatus[];

export const ISSUE_STATUSES = ['open', 'closed'] as const;

export type IssueStatus = (typeof ISSUE_STATUSES)[number];

/** A count of 0 for every finding status. */
export function noStatusCounts(): Record<FindingStatus, number> {
  return Object.fromEntries(
    FINDING_STATUSES.map((status) => [status, 0]),
  ) as Record<FindingStatus, number>;
}

/** Adds counts by status rank (the store's `status_rank`) to `counts`. */
export function addRankCounts(
  counts: Record<FindingStatus, number>,
  rows: Iterable<{ rank: number; n: number }>,
): Record<FindingStatus, number> {
  for (const { rank, n } of rows) {
    const status = FINDING_STATUSES[rank];
    if (status) counts[status] += n;
  }
  return counts;
}

export function isFindingStatus(value: string): value is FindingStatus {
  return (FINDING_STATUSES as readonly string[]).includes(value);
}

export function isIssueStatus(value: string): value is IssueStatus {
  return (ISSUE_STATUSES as readonly string[]).includes(value);
}
