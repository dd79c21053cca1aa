import type { Config } from '../../config/types.js';
import type { IssueDraftFile } from '../../drafts/issue-draft.js';
import type { RemarkDraftFile } from '../../drafts/remark-draft.js';
import type { TicketIssue } from '../../tickets/ticket-action.js';
import type { ConfigNote } from '../screen-config.js';

/**
 * What the issue, ticket and picker views need besides the store: the
 * config, where drafts go, and the two effects a reducer cannot finish
 * by itself (opening a ticket is asynchronous; OSC 52 goes straight to
 * the terminal).
 */
export interface TriageEnv {
  /** The config now: ticket settings follow changes to its file. */
  readonly config: Config;
  /** Re-reads the config file if it changed (every poll). */
  checkConfig?(): ConfigNote | undefined;
  drafts?: IssueDraftFile;
  /** Where the remark line keeps unapplied text. */
  remarkDrafts?: RemarkDraftFile;
  /** Starts opening a ticket; its outcome arrives as a `ticket` action. */
  requestTicket(issue: TicketIssue): void;
  /** Writes an escape sequence to the terminal, outside Ink's text. */
  writeRaw(sequence: string): void;
}
