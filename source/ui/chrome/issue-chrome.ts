import { ISSUE_STATUSES } from '../../domain/status.js';
import type { IssueSummary } from '../../store/types.js';
import { sanitizeLine } from '../../text/sanitize.js';
import { issueLabel } from '../action-result.js';
import type { IssueDetailOverlay, IssuesOverlay } from '../triage/overlays.js';
import { position } from './position.js';

/** `issue DEMO-1 · Weak TLS`. */
export function issueTitle(issue: IssueSummary): string {
  const ref = issue.extRef || `#${issue.id}`;
  return `issue ${sanitizeLine(ref)} · ${sanitizeLine(issue.name)}`;
}

/** As `issue show` says it: linked findings, none of them present. */
function reallyFixed(issue: IssueSummary): boolean {
  return issue.linkedCount > 0 && issue.presentCount === 0;
}

/** `2/5 issues │ open 4 · closed 1 │ 1 really fixed`. */
export function issuesSummary({ issues, cursor }: IssuesOverlay): string {
  const byStatus = ISSUE_STATUSES.map((status) => ({
    status,
    count: issues.filter((issue) => issue.status === status).length,
  }))
    .filter(({ count }) => count > 0)
    .map(({ status, count }) => `${status} ${count}`);
  const fixed = issues.filter(reallyFixed).length;
  return [
    `${position(cursor, issues.length)} issues`,
    ...(byStatus.length > 0 ? [byStatus.join(' · ')] : []),
    `${fixed} really fixed`,
  ].join(' │ ');
}

/** `DEMO-1 │ 2/3 linked findings │ 2 still present │ 1 selected`. */
export function issueDetailSummary({
  issue,
  cursor,
  selected,
}: IssueDetailOverlay): string {
  return [
    sanitizeLine(issueLabel(issue)),
    `${position(cursor, issue.findings.length)} linked findings`,
    `${issue.presentCount} still present`,
    ...(selected.size > 0 ? [`${selected.size} selected`] : []),
  ].join(' │ ');
}

/** The edit form's footer: which issue, and how present it still is. */
export function issueEditSummary(issue: IssueSummary): string {
  return [
    `editing ${sanitizeLine(issueLabel(issue))}`,
    `${issue.linkedCount} linked findings`,
    `${issue.presentCount} still present`,
  ].join(' │ ');
}
