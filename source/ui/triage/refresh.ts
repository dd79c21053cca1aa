import type { AppEnv, AppState, Overlay } from '../app-state.js';
import { clampCursor } from '../list-cursor.js';

function refreshOverlay(overlay: Overlay, env: AppEnv, state: AppState) {
  switch (overlay.kind) {
    case 'issues': {
      const issues = env.store.issues({ workspaceId: state.workspace?.id });
      const kept = issues.findIndex(
        (issue) => issue.id === overlay.issues[overlay.cursor]?.id,
      );
      const cursor =
        kept >= 0 ? kept : clampCursor(overlay.cursor, issues.length);
      return { ...overlay, issues, cursor };
    }
    case 'issue-detail': {
      const issue = env.store.issue(overlay.issue.id);
      if (!issue) return overlay;
      const present = new Set(issue.findings.map((finding) => finding.id));
      const selected = new Set(
        [...overlay.selected].filter((id) => present.has(id)),
      );
      const cursor = clampCursor(overlay.cursor, issue.findings.length);
      return { ...overlay, issue, selected, cursor };
    }
    case 'finding-detail':
      return { ...overlay, detail: env.store.finding(overlay.findingId) };
    default:
      return overlay;
  }
}

/**
 * Reloads what the issue and finding views show after a change, here or
 * in another process, keeping each cursor on its row where it can.
 */
export function refreshTriage(state: AppState, env: AppEnv): AppState {
  return {
    ...state,
    overlays: state.overlays.map((overlay) =>
      refreshOverlay(overlay, env, state),
    ),
  };
}
