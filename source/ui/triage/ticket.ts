import {
  type TicketIssue,
  type TicketOutcome,
  ticketIssueOfFinding,
} from '../../tickets/ticket-action.js';
import { type AppEnv, type AppState, withMessage } from '../app-state.js';
import { push } from './stack.js';

/** The ticket key on an issue: starts opening it; the outcome comes later. */
export function requestTicket(
  state: AppState,
  env: AppEnv,
  issue: TicketIssue,
): AppState {
  if (!env.triage)
    return withMessage(state, env, 'tickets are not set up', true);
  env.triage.requestTicket(issue);
  return state;
}

/** The ticket key on a finding: its one linked issue's ticket. */
export function requestFindingTicket(
  state: AppState,
  env: AppEnv,
  workspace: string,
  issueRefs: readonly string[],
): AppState {
  const found = ticketIssueOfFinding(issueRefs);
  if ('message' in found) return withMessage(state, env, found.message, true);
  return requestTicket(state, env, { workspace, extRef: found.issue });
}

/** Shows how opening a ticket went: a footer message or the URL dialog. */
export function ticketOutcome(
  state: AppState,
  env: AppEnv,
  outcome: TicketOutcome,
): AppState {
  if (outcome.kind === 'message') {
    return withMessage(state, env, outcome.message, outcome.error);
  }

  return push(state, {
    kind: 'ticket-dialog',
    url: outcome.url,
    reason: outcome.reason,
    copied: false,
  });
}
