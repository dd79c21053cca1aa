import type { AppEnv, AppState } from '../app-state.js';
import { targetIds } from '../finding-actions.js';
import { commitRange } from '../selection.js';
import {
  openFindingDetail,
  openIssueForm,
  openIssues,
  openLinkPicker,
  openWorkspacePicker,
} from './open-views.js';
import { requestFindingTicket } from './ticket.js';

/**
 * Commands of the findings view that open issue, picker and detail
 * views; undefined for the findings view's own commands.
 */
export function triageFindingsCommand(
  state: AppState,
  env: AppEnv,
  id: string,
): AppState | undefined {
  const { window } = state.findings;
  const row = window.rows[window.cursor];
  switch (id) {
    case 'finding.detail':
      return row ? openFindingDetail(state, env, row.id) : state;
    case 'issue.create': {
      const committed = commitRange(state, env);
      return openIssueForm(committed, env, {
        kind: 'create',
        workspace: row?.workspace ?? state.workspace?.name ?? '',
        findingIds: targetIds(committed),
      });
    }
    case 'issue.link': {
      const committed = commitRange(state, env);
      const workspaceId = row?.workspaceId ?? state.workspace?.id;
      return openLinkPicker(committed, env, targetIds(committed), workspaceId);
    }
    case 'ticket.open':
      return row
        ? requestFindingTicket(state, env, row.workspace, row.issueRefs)
        : state;
    case 'workspace.choose':
      return openWorkspacePicker(state, env);
    case 'view.issues':
      return openIssues(state, env);
    default:
      return undefined;
  }
}
