import { type AppEnv, type AppState, withMessage } from '../app-state.js';
import { applyFilterLine } from '../findings-data.js';
import { matchItems, reducePicker } from '../picker/picker-reducer.js';
import { tableRows } from '../screen-size.js';
import { toViewKey } from '../view-keys.js';
import { issueFormKey } from './issue-form-keys.js';
import { linkToIssue } from './link.js';
import { openScanPicker } from './open-views.js';
import type { IssueFormOverlay, PickerOverlay } from './overlays.js';
import { pop, recordAction, replaceTop } from './stack.js';

function choose(
  state: AppState,
  env: AppEnv,
  top: PickerOverlay,
  key: string,
): AppState {
  switch (top.purpose) {
    case 'link': {
      const issue = env.store.issue(Number(key));
      if (!issue) return withMessage(state, env, 'that issue is gone', true);
      const result = linkToIssue(env.store, issue, top.findingIds ?? []);
      return recordAction(pop(state), env, result);
    }
    case 'workspace':
      return openScanPicker(pop(state), env, Number(key));
    case 'scan': {
      const workspace = env.store
        .workspaces()
        .find((each) => each.id === top.workspaceId);
      const scan = env.store
        .scans(top.workspaceId)
        .find((each) => String(each.id) === key);
      if (!workspace) return withMessage(pop(state), env, 'no workspace', true);
      const moved: AppState = {
        ...pop(state),
        workspace,
        scan,
        findings: { ...state.findings, selection: new Set(), range: undefined },
      };
      const scope = scan ? `scan ${scan.name}` : 'all scans';
      return withMessage(
        applyFilterLine(moved, env, state.findings.filterLine),
        env,
        `workspace ${workspace.name}, ${scope}`,
      );
    }
  }
}

function pickerKey(
  state: AppState,
  env: AppEnv,
  top: PickerOverlay,
  name: string,
): AppState {
  const key = toViewKey(env.keymap, 'picker', name);
  if (!key) return state;
  const matches = matchItems(top.items, top.picker.query);
  if ('command' in key && key.command === 'picker.cancel') return pop(state);
  if ('command' in key && key.command === 'picker.choose') {
    const chosen = matches[Math.min(top.picker.cursor, matches.length - 1)];
    return chosen ? choose(state, env, top, chosen.key) : state;
  }

  const picker = reducePicker(top.picker, {
    type: 'key',
    key,
    matchCount: matches.length,
    page: tableRows(state.height),
  });
  return replaceTop(state, { ...top, picker });
}

/** A key name in a picker or the issue form, where letters are text. */
export function triageTextKey(
  state: AppState,
  env: AppEnv,
  top: PickerOverlay | IssueFormOverlay,
  name: string,
): AppState {
  return top.kind === 'picker'
    ? pickerKey(state, env, top, name)
    : issueFormKey(state, env, top, name);
}
