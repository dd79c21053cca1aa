import type { Scan, WorkspaceRef } from '../store/types.js';
import type { AppEnv, AppState } from './app-state.js';
import { applyFilterLine, initialFindings } from './findings-data.js';
import { offerRemarkDraft } from './remark-line.js';

export interface ScreenStart {
  width: number;
  height: number;
  colors: boolean;
  workspace?: WorkspaceRef;
  scan?: Scan;
  /** A filter line to start with, e.g. `status:new,changed`. */
  filterLine?: string;
}

/**
 * The first state, with the first window and counts already read, and
 * any remark draft of an earlier session offered back.
 */
export function initialState(start: ScreenStart, env: AppEnv): AppState {
  const state: AppState = {
    width: start.width,
    height: start.height,
    colors: start.colors,
    workspace: start.workspace,
    scan: start.scan,
    main: 'findings',
    overlays: [],
    findings: initialFindings(),
    undo: [],
    dataVersion: env.store.dataVersion(),
    quitting: false,
    suspends: 0,
  };
  return offerRemarkDraft(
    applyFilterLine(state, env, start.filterLine ?? ''),
    env,
  );
}
