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

export function isFindingStatus(value: string): value is FindingStatus {
  return (FINDING_STATUSES as readonly string[]).includes(value);
}

export function isIssueStatus(value: string): value is IssueStatus {
  return (ISSUE_STATUSES as readonly string[]).includes(value);
}
