import { stateDirectory } from '../../config/paths.js';
import { flushAllDrafts } from '../../drafts/draft-file.js';
import { IssueDraftFile, issueDraftPath } from '../../drafts/issue-draft.js';
import { RemarkDraftFile, remarkDraftPath } from '../../drafts/remark-draft.js';
import { openInBrowser } from '../../tickets/default-opener.js';
import type { UrlOpener } from '../../tickets/open-ticket.js';
import { ticketAction } from '../../tickets/ticket-action.js';
import type { AppAction } from '../app-state.js';
import type { LiveConfig } from '../screen-config.js';
import { onBeforeExit } from '../terminal.js';
import type { TriageStore } from '../triage-store.js';
import type { TriageEnv } from './triage-env.js';

export interface TriageEnvOptions {
  store: Pick<TriageStore, 'path'>;
  config: LiveConfig;
  env: NodeJS.ProcessEnv;
  openUrl?: UrlOpener;
  stdout: NodeJS.WriteStream;
  dispatch: (action: AppAction) => void;
  platform?: NodeJS.Platform;
}

/**
 * The real triage environment: drafts beside the other state files
 * (flushed before every exit), tickets opened with `open`, and OSC 52
 * written straight to the terminal.
 */
export function createTriageEnv(options: TriageEnvOptions): TriageEnv {
  const stateDir = stateDirectory(options.env);
  const drafts = new IssueDraftFile(
    issueDraftPath(stateDir, options.store.path),
  );
  const remarkDrafts = new RemarkDraftFile(
    remarkDraftPath(stateDir, options.store.path),
  );
  onBeforeExit(flushAllDrafts);
  const situation = {
    env: options.env,
    platform: options.platform ?? process.platform,
  };

  return {
    get config() {
      return options.config.current();
    },
    checkConfig: () => options.config.check(),
    drafts,
    remarkDrafts,
    requestTicket(issue) {
      ticketAction(
        options.config.current(),
        issue,
        options.openUrl ?? openInBrowser,
        situation,
      ).then(
        (outcome) => options.dispatch({ type: 'ticket', outcome }),
        (error: unknown) =>
          options.dispatch({
            type: 'message',
            text: `ticket: ${String(error)}`,
            error: true,
          }),
      );
    },
    writeRaw: (sequence) => options.stdout.write(sequence),
  };
}
