import { FINDING_STATUSES } from '../../domain/status.js';
import { sanitizeLine } from '../../text/sanitize.js';
import { plural } from '../action-result.js';
import type { AppState, FindingsState } from '../app-state.js';

/** The header's part for views that act on the findings. */
export function filterTitle(state: AppState): string {
  const { filterLine, filterProblems } = state.findings;
  const ignored =
    filterProblems.length === 0
      ? ''
      : ` │ ⚠ ${plural(filterProblems.length, 'term')} not applied`;
  return `filter: ${sanitizeLine(filterLine) || '(none)'}${ignored}`;
}

/** Position, counts by status under the filter, selection and range. */
export function findingsSummary(findings: FindingsState): string {
  const { counts, total, selection, window, range, counting } = findings;
  const statuses = FINDING_STATUSES.filter((status) => counts[status] > 0)
    .map((status) => `${status} ${counts[status]}`)
    .join(' · ');
  const position =
    window.rows.length > 0 ? window.offset + window.cursor + 1 : 0;
  const done = counting ? ` ${Math.floor(counting.progress * 100)}%` : '';
  const counted = total === undefined ? `counting…${done}` : statuses;
  return (
    `${position}/${total ?? '…'}` +
    (counted === '' ? '' : ` │ ${counted}`) +
    ` │ ${selection.size} selected` +
    (range === undefined ? '' : ' │ range')
  );
}
