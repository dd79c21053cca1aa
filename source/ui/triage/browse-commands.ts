import { osc52Copy } from '../../tickets/escapes.js';
import { ticketIssueOfFinding } from '../../tickets/ticket-action.js';
import { isSafeTicketUrl } from '../../tickets/ticket-url.js';
import { type AppEnv, type AppState, withMessage } from '../app-state.js';
import { undoLast } from '../finding-actions.js';
import { detailLayout } from '../finding-detail/detail-layout.js';
import {
  reduceIssueDetail,
  targetIds,
} from '../issues/issue-detail-reducer.js';
import { unlinkFromIssue } from '../issues/unlink.js';
import { isCursorMove, moveCursor } from '../list-cursor.js';
import { paneRows, tableRows } from '../screen-size.js';
import {
  openFindingDetail,
  openIssueDetail,
  openIssueForm,
  openIssues,
  openWorkspacePicker,
} from './open-views.js';
import type {
  FindingDetailOverlay,
  IssueDetailOverlay,
  IssuesOverlay,
  TicketOverlay,
  TriageOverlay,
} from './overlays.js';
import { refreshTriage } from './refresh.js';
import { pop, recordAction, replaceTop } from './stack.js';
import { requestTicket } from './ticket.js';

/** Commands every browsing view shares: back, undo, switch views. */
function common(
  state: AppState,
  env: AppEnv,
  id: string,
): AppState | undefined {
  switch (id) {
    case 'app.back':
      return pop(state);
    case 'action.undo':
      return refreshTriage(undoLast(state, env), env);
    case 'view.findings':
      return { ...state, overlays: [] };
    case 'view.issues':
    case 'view.next':
      return state.overlays[0]?.kind === 'issues' && id === 'view.next'
        ? { ...state, overlays: [] }
        : openIssues({ ...state, overlays: [] }, env);
    case 'workspace.choose':
      return openWorkspacePicker(state, env);
    default:
      return undefined;
  }
}

function issuesCommand(
  state: AppState,
  env: AppEnv,
  top: IssuesOverlay,
  id: string,
): AppState {
  if (isCursorMove(id)) {
    const page = tableRows(state.height);
    const cursor = moveCursor(top.cursor, id, top.issues.length, page);
    return replaceTop(state, { ...top, cursor });
  }

  const issue = top.issues[top.cursor];
  if (!issue) return state;
  switch (id) {
    case 'issue.detail':
      return openIssueDetail(state, env, issue.id);
    case 'issue.edit':
      return openIssueForm(state, env, { kind: 'edit', issue });
    case 'ticket.open':
      return requestTicket(state, env, issue);
    default:
      return state;
  }
}

function issueDetailCommand(
  state: AppState,
  env: AppEnv,
  top: IssueDetailOverlay,
  id: string,
): AppState {
  const rowIds = top.issue.findings.map((finding) => finding.id);
  switch (id) {
    case 'issue.edit':
      return openIssueForm(state, env, { kind: 'edit', issue: top.issue });
    case 'ticket.open':
      return requestTicket(state, env, top.issue);
    case 'finding.detail': {
      const findingId = rowIds[top.cursor];
      return findingId === undefined
        ? state
        : openFindingDetail(state, env, findingId);
    }
    case 'issue.unlink': {
      const ids = targetIds(top, rowIds);
      if (ids.length === 0) return withMessage(state, env, 'no findings', true);
      const result = unlinkFromIssue(env.store, top.issue, ids);
      const cleared = replaceTop(state, { ...top, selected: new Set() });
      return recordAction(cleared, env, result);
    }
    default: {
      const page = tableRows(state.height);
      const next = reduceIssueDetail(top, {
        type: 'command',
        command: id,
        rowIds,
        page,
      });
      return replaceTop(state, { ...top, ...next });
    }
  }
}

function findingDetailCommand(
  state: AppState,
  env: AppEnv,
  top: FindingDetailOverlay,
  id: string,
): AppState {
  if (id === 'ticket.open') {
    const found = ticketIssueOfFinding(top.detail?.linkedIssues ?? []);
    if ('message' in found) return withMessage(state, env, found.message, true);
    return requestTicket(state, env, found.issue);
  }

  if (!isCursorMove(id) || !top.detail) return state;
  const rows = paneRows(state.height);
  const lines = detailLayout(top.detail, state.width);
  const stops = Math.max(1, lines.length - rows + 1);
  const scroll = moveCursor(top.scroll, id, stops, rows);
  return replaceTop(state, { ...top, scroll });
}

function ticketCommand(
  state: AppState,
  env: AppEnv,
  top: TicketOverlay,
  id: string,
): AppState {
  if (id === 'dialog.close') return pop(state);
  if (id !== 'ticket.copy' || !isSafeTicketUrl(top.url)) return state;

  env.triage?.writeRaw(osc52Copy(top.url));
  return replaceTop(state, { ...top, copied: true });
}

/** Runs a command in the issues, issue, finding or ticket view. */
export function triageCommand(
  state: AppState,
  env: AppEnv,
  top: TriageOverlay,
  id: string,
): AppState {
  if (top.kind === 'ticket-dialog') return ticketCommand(state, env, top, id);

  const shared = common(state, env, id);
  if (shared) return shared;
  switch (top.kind) {
    case 'issues':
      return issuesCommand(state, env, top, id);
    case 'issue-detail':
      return issueDetailCommand(state, env, top, id);
    case 'finding-detail':
      return findingDetailCommand(state, env, top, id);
    default:
      return state;
  }
}
