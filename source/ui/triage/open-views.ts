import type { IssueFields } from '../../drafts/issue-draft.js';
import { issueLabel, plural } from '../action-result.js';
import { type AppEnv, type AppState, withMessage } from '../app-state.js';
import { fieldsOf } from '../issues/issue-actions.js';
import { initialIssueForm } from '../issues/issue-form-reducer.js';
import { initialPicker } from '../picker/picker-reducer.js';
import type { IssueFormTarget } from './overlays.js';
import { push } from './stack.js';

const EMPTY_ISSUE: IssueFields = {
  name: '',
  extRef: '',
  severity: 'medium',
  description: '',
};

/** The issues of the workspace (of every workspace before one is chosen). */
export function openIssues(state: AppState, env: AppEnv): AppState {
  const issues = env.store.issues({ workspaceId: state.workspace?.id });
  return push(state, { kind: 'issues', issues, cursor: 0 });
}

export function openIssueDetail(
  state: AppState,
  env: AppEnv,
  issueId: number,
): AppState {
  const issue = env.store.issue(issueId);
  if (!issue) return withMessage(state, env, 'that issue is gone', true);
  return push(state, {
    kind: 'issue-detail',
    issue,
    cursor: 0,
    selected: new Set(),
  });
}

export function openFindingDetail(
  state: AppState,
  env: AppEnv,
  findingId: number,
): AppState {
  const detail = env.store.finding(findingId);
  if (!detail) return withMessage(state, env, 'that finding is gone', true);
  return push(state, { kind: 'finding-detail', findingId, detail, scroll: 0 });
}

function workspaceOf(target: IssueFormTarget): string {
  return target.kind === 'create' ? target.workspace : target.issue.workspace;
}

/** The issue form; a draft left for the same target is offered first. */
export function openIssueForm(
  state: AppState,
  env: AppEnv,
  target: IssueFormTarget,
): AppState {
  const saved = env.triage?.drafts?.read();
  const matches =
    saved !== undefined &&
    saved.kind === target.kind &&
    saved.workspace === workspaceOf(target) &&
    (target.kind === 'create' || saved.issueId === target.issue.id);
  const initial =
    target.kind === 'create' ? EMPTY_ISSUE : fieldsOf(target.issue);
  return push(state, {
    kind: 'issue-form',
    target,
    form: initialIssueForm(initial, matches),
    draft: matches ? saved : undefined,
  });
}

/**
 * Issues to link to: only the findings' own workspace's; nothing
 * crosses it.
 */
export function openLinkPicker(
  state: AppState,
  env: AppEnv,
  findingIds: readonly number[],
  workspaceId: number | undefined,
): AppState {
  const items = env.store.issues({ workspaceId }).map((issue) => ({
    key: String(issue.id),
    label: issueLabel(issue),
    detail: `${issue.name}  [${issue.severity}, ${issue.status}]`,
  }));
  return push(state, {
    kind: 'picker',
    purpose: 'link',
    title: `Link ${plural(findingIds.length, 'finding')} to an issue`,
    emptyText: 'no issue matches; create one with the new-issue key',
    items,
    picker: initialPicker(),
    findingIds,
  });
}

export function openWorkspacePicker(state: AppState, env: AppEnv): AppState {
  const workspaces = env.store.workspaces();
  const items = workspaces.map((workspace) => ({
    key: String(workspace.id),
    label: workspace.name,
    detail:
      `${plural(workspace.scanCount, 'scan')}, ` +
      plural(workspace.findingCount, 'finding'),
  }));
  const current = workspaces.findIndex((w) => w.id === state.workspace?.id);
  return push(state, {
    kind: 'picker',
    purpose: 'workspace',
    title: 'Choose a workspace',
    emptyText: 'no workspaces: import a scan first',
    items,
    picker: initialPicker(Math.max(0, current)),
  });
}

/** The scans of a workspace, after "all scans". */
export function openScanPicker(
  state: AppState,
  env: AppEnv,
  workspaceId: number,
): AppState {
  const workspace = env.store.workspaces().find((w) => w.id === workspaceId);
  const scans = env.store.scans(workspaceId).map((scan) => ({
    key: String(scan.id),
    label: scan.name,
    detail: `${scan.scanner}, ${plural(scan.runCount, 'run')}, last ${
      scan.lastRunAt ?? 'never'
    }`,
  }));
  return push(state, {
    kind: 'picker',
    purpose: 'scan',
    title: `Scan of workspace ${workspace?.name ?? workspaceId}`,
    emptyText: 'no scans',
    items: [{ key: 'all', label: 'all scans' }, ...scans],
    picker: initialPicker(),
    workspaceId,
  });
}
