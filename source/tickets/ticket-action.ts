import type { Config } from '../config/types.js';
import {
  type BrowserSituation,
  openTicket,
  type UrlOpener,
} from './open-ticket.js';
import { ticketUrl } from './ticket-url.js';

/** What the screen should do after the ticket key: say or show. */
export type TicketOutcome =
  | { kind: 'message'; message: string; error: boolean }
  | { kind: 'dialog'; url: string; reason: string };

/** The issue fields a ticket needs. */
export interface TicketIssue {
  workspace: string;
  extRef: string;
}

/**
 * The ticket key on an issue: builds the URL, opens it where a browser
 * can be reached, and otherwise asks for the URL dialog.
 */
export async function ticketAction(
  config: Config,
  issue: TicketIssue,
  opener: UrlOpener,
  situation: BrowserSituation,
): Promise<TicketOutcome> {
  const built = ticketUrl(config, issue.workspace, issue.extRef);
  if (!built.ok) return { kind: 'message', message: built.reason, error: true };

  const outcome = await openTicket(built.url, opener, situation);
  switch (outcome.kind) {
    case 'opened':
      return {
        kind: 'message',
        message: `opened ${outcome.url}`,
        error: false,
      };
    case 'refused':
      return { kind: 'message', message: outcome.reason, error: true };
    case 'show':
      return { kind: 'dialog', url: outcome.url, reason: outcome.reason };
  }
}

/** The issue whose ticket a finding opens: it must be linked to one. */
export function ticketIssueOfFinding<Issue>(
  linked: readonly Issue[],
): { issue: Issue } | { message: string } {
  const [only] = linked;
  if (only !== undefined && linked.length === 1) return { issue: only };
  return {
    message:
      linked.length === 0
        ? 'this finding is linked to no issue'
        : `this finding is linked to ${linked.length} issues: ` +
          'open the ticket from the issue',
  };
}
